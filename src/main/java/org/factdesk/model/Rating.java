package org.factdesk.model;

/**
 * The verdict of a fact-check: schema.org {@code Rating} as used in {@code ClaimReview.reviewRating}.
 *
 * <p>Numeric fields are {@code null} when the publisher gives only a textual rating (as the Google
 * Fact Check Tools API does with {@code textualRating}). See
 * <a href="https://schema.org/Rating">schema.org/Rating</a>.
 *
 * @param ratingValue numeric rating, between {@code worstRating} and {@code bestRating}; may be null
 * @param bestRating the best possible value (schema.org default 5); may be null
 * @param worstRating the worst possible value (schema.org default 1); may be null
 * @param alternateName the textual verdict, e.g. "False", "Misleading", "Sai"; may be null
 */
public record Rating(Double ratingValue, Double bestRating, Double worstRating, String alternateName) {
  /** Only a textual verdict. */
  public static Rating textual(String alternateName) {
    return new Rating(null, null, null, alternateName);
  }
}
