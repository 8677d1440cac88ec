/**
 * Outputs of the main job: {@link org.factdesk.report.MatchesJsonlWriter} (one JSON line per post),
 * {@link org.factdesk.report.MatchTally} (bounded-memory aggregates while posts stream past) and
 * {@link org.factdesk.report.HtmlReport} (a self-contained {@code report.html}). Every string from
 * input is HTML-escaped; author keys are never written.
 */
package org.factdesk.report;
