package org.factdesk.publish;

import java.time.ZoneOffset;
import org.factdesk.model.FactCheck;
import org.factdesk.model.ItemReviewed;
import org.factdesk.model.Organization;
import org.factdesk.model.Rating;

/**
 * Maps a published fact-check to the matching index's {@link FactCheck}, so that the desk's own
 * publications are found by {@code POST /api/v1/match} and by ingest matching once upserted into
 * the {@code FactCheckIndex}.
 *
 * <p>The id is the article URL — the same id {@code ClaimReviewReader} gives the page's own
 * ClaimReview markup, so indexing a fact-check both ways keeps one document. Title and summary
 * become the index's title and subtitle.
 */
public final class IndexedFactCheck {
  private IndexedFactCheck() {}

  /** The index document of {@code fc}. */
  public static FactCheck of(PublishedFactCheck fc) {
    Verdict v = fc.verdict();
    Rating rating = new Rating((double) v.ratingValue(), (double) v.bestRating(), (double) v.worstRating(), v.label());
    ItemReviewed item = new ItemReviewed(fc.claimAppearances(),
        fc.claimAppearances().isEmpty() ? null : fc.claimAppearances().get(0), fc.claimOrigin());
    return new FactCheck(fc.url(), fc.claimReviewed(), rating, fc.url(),
        fc.datePublished().atOffset(ZoneOffset.UTC).toLocalDate(), new Organization(fc.authorName(), fc.authorUrl()),
        item, fc.lang(), fc.title(), fc.summary().isBlank() ? null : fc.summary());
  }
}
