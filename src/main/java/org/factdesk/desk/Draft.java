package org.factdesk.desk;

import java.util.List;
import org.factdesk.publish.SourceLink;

/**
 * What the article editor submits.
 *
 * @param title headline; required, ≤ 1,000 characters
 * @param summary plain-text summary; may be empty
 * @param bodyMarkdown CommonMark body; may be empty
 * @param claimReviewed the claim as the desk states it; required
 * @param appearances http(s) URLs where the claim appeared (public pages only)
 * @param verdictCode a rating-scale code, or null while undecided (required to submit for review)
 * @param sources cited sources
 * @param categorySlug a category slug, or null
 * @param lang {@code vi} or {@code en}
 * @param featured shown as "tiêu điểm"
 */
public record Draft(String title, String summary, String bodyMarkdown, String claimReviewed, List<String> appearances,
    String verdictCode, List<SourceLink> sources, String categorySlug, String lang, boolean featured) {
  public Draft {
    appearances = appearances == null ? List.of() : List.copyOf(appearances);
    sources = sources == null ? List.of() : List.copyOf(sources);
    summary = summary == null ? "" : summary.strip();
    bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown;
  }
}
