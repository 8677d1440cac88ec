package org.factdesk.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A fact-check as published on the public site: one row of the portal, one ClaimReview, one feed item.
 *
 * <p>Claims, not people: {@code claimAppearances} are URLs of public pages/outlets where the claim
 * appeared, and {@code claimOrigin} names a public outlet or page at most — never a private account.
 *
 * @param id database id of the fact-check (stable across revisions)
 * @param slug URL path segment, unique, {@code [a-z0-9-]+}
 * @param url absolute canonical URL of the article page ({@code <public-url>/fact-checks/<slug>})
 * @param lang BCP-47 language of the article ({@code vi} or {@code en})
 * @param category category slug, e.g. {@code suc-khoe}; may be null
 * @param title article headline; never blank
 * @param summary one- or two-sentence summary (plain text); may be empty
 * @param bodyMarkdown article body in CommonMark; may be empty
 * @param claimReviewed the claim as the desk states it; never blank
 * @param claimAppearances URLs where the claim appeared; may be empty
 * @param claimFirstSeen date the claim was first seen; may be null
 * @param claimOrigin public outlet/page the claim is attributed to; may be null
 * @param verdict the rating; never null
 * @param sources cited evidence, in article order; may be empty
 * @param authorName the publishing organisation (the desk), e.g. "factdesk"
 * @param authorUrl the organisation's home page; may be null
 * @param datePublished first publication instant (UTC)
 * @param dateModified last published revision instant (UTC), ≥ datePublished
 * @param featured shown as "tiêu điểm" on the home page
 * @param revision number of the published revision, ≥ 1
 */
public record PublishedFactCheck(
    long id,
    String slug,
    String url,
    String lang,
    String category,
    String title,
    String summary,
    String bodyMarkdown,
    String claimReviewed,
    List<String> claimAppearances,
    LocalDate claimFirstSeen,
    String claimOrigin,
    Verdict verdict,
    List<SourceLink> sources,
    String authorName,
    String authorUrl,
    Instant datePublished,
    Instant dateModified,
    boolean featured,
    int revision) {

  /** @throws IllegalArgumentException if a required field is missing */
  public PublishedFactCheck {
    if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("slug must be [a-z0-9-]+, got '" + slug + "'");
    }
    if (title == null || title.isBlank() || claimReviewed == null || claimReviewed.isBlank()) {
      throw new IllegalArgumentException("fact-check " + slug + ": title and claimReviewed must not be blank");
    }
    if (verdict == null || datePublished == null || url == null) {
      throw new IllegalArgumentException("fact-check " + slug + ": verdict, url and datePublished are required");
    }
    summary = summary == null ? "" : summary;
    bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown;
    claimAppearances = claimAppearances == null ? List.of() : List.copyOf(claimAppearances);
    sources = sources == null ? List.of() : List.copyOf(sources);
    dateModified = dateModified == null ? datePublished : dateModified;
  }
}
