package org.factdesk.desk;

import org.factdesk.publish.PublishedFactCheck;

/**
 * Maps a published revision ({@link FactCheckService.PublishedRow}) to the public read model
 * {@link PublishedFactCheck}: URL {@code <publicUrl>/fact-checks/<slug>}, verdict labelled in the
 * article's language from the {@link RatingScale}, the publishing organisation as author,
 * datePublished = first publication, dateModified = this revision's publication.
 */
public final class PublishedFactCheckMapper {
  private final RatingScale scale;
  private final String publicUrl;
  private final String organisation;
  private final String organisationUrl;

  /**
   * @param publicUrl the site's URL without trailing slash
   * @param organisation the desk's name as ClaimReview author, e.g. "factdesk"
   * @param organisationUrl its home page; may be null
   */
  public PublishedFactCheckMapper(RatingScale scale, String publicUrl, String organisation, String organisationUrl) {
    this.scale = scale;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    this.organisation = organisation;
    this.organisationUrl = organisationUrl;
  }

  /**
   * @throws IllegalStateException if the revision has no verdict or one no longer on the scale
   */
  public PublishedFactCheck map(FactCheckService.PublishedRow row) {
    FactCheckService.Meta m = row.meta();
    FactCheckService.Revision r = row.revision();
    RatingScale.Step step = scale.find(r.verdictCode()).orElseThrow(() -> new IllegalStateException(
        "fact-check " + m.slug() + " revision " + r.number() + ": verdict '" + r.verdictCode() + "' is not on the rating scale"));
    return new PublishedFactCheck(m.id(), m.slug(), publicUrl + "/fact-checks/" + m.slug(), m.lang(), m.categorySlug(),
        r.title(), r.summary(), r.bodyMarkdown(), r.claimReviewed(), r.appearances(), row.claimFirstSeen(),
        row.claimOrigin(), step.verdict(m.lang()), r.sources(), organisation, organisationUrl, m.firstPublishedAt(),
        r.publishedAt(), m.featured(), r.number());
  }
}
