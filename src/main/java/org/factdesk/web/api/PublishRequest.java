package org.factdesk.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/v1/factchecks}, already validated by {@link ApiRoutes}: required
 * fields are present and not blank, URLs are absolute http(s), {@code lang} is {@code vi} or {@code
 * en}, the slug (if given) is {@code [a-z0-9-]+}. Whether the verdict code exists on the desk's
 * rating scale, and whether the slug is free, is the {@link FactCheckPublisher}'s to check.
 *
 * @param slug wanted URL slug; null to let the desk derive one from the title
 * @param lang {@code vi} or {@code en}
 * @param category category slug; may be null
 * @param title headline; required
 * @param summary plain-text summary; may be null
 * @param bodyMarkdown article body, CommonMark; may be null
 * @param claimReviewed the claim as the desk states it; required
 * @param claimAppearances public URLs where the claim appeared; may be empty
 * @param claimFirstSeen day the claim was first seen; may be null
 * @param claimOrigin public outlet/page the claim is attributed to (never a private person); may be null
 * @param verdict verdict code on the desk's scale, e.g. {@code false}; required
 * @param sources cited sources; may be empty
 * @param featured show as "tiêu điểm"
 */
public record PublishRequest(
    String slug,
    String lang,
    String category,
    String title,
    String summary,
    @JsonProperty("body_markdown") String bodyMarkdown,
    @JsonProperty("claim_reviewed") String claimReviewed,
    @JsonProperty("claim_appearances") List<String> claimAppearances,
    @JsonProperty("claim_first_seen") LocalDate claimFirstSeen,
    @JsonProperty("claim_origin") String claimOrigin,
    String verdict,
    List<Source> sources,
    Boolean featured) {

  public PublishRequest {
    claimAppearances = claimAppearances == null ? List.of() : List.copyOf(claimAppearances);
    sources = sources == null ? List.of() : List.copyOf(sources);
    featured = featured != null && featured;
  }

  /**
   * A cited source.
   *
   * @param title how the article names it; required
   * @param url absolute http(s) URL; may be null
   */
  public record Source(String title, String url) {}
}
