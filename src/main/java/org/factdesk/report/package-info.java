/**
 * Outputs of the main job: {@link org.factdesk.report.MatchesJsonlWriter} (one JSON line per post,
 * with its {@link org.factdesk.report.ClaimMatch claims}), {@link
 * org.factdesk.report.NarrativesJsonlWriter} (one line per {@link
 * org.factdesk.report.NarrativeEntry narrative}), {@link org.factdesk.report.MatchTally}
 * (bounded-memory aggregates while posts stream past) and {@link org.factdesk.report.HtmlReport} (a
 * self-contained {@code report.html}; its narratives and alerts sections are {@code NarrativesHtml},
 * with {@link org.factdesk.report.TimelineChart} PNGs embedded as {@code data:} URIs). Every string
 * from input is HTML-escaped; author keys are never written.
 *
 * <p>To add a section: give {@link org.factdesk.report.RunReport} the aggregate it needs (bounded in
 * memory), render it in a small class beside {@code NarrativesHtml}, and test the HTML in-process.
 */
package org.factdesk.report;
