package org.factdesk.publish;

import java.util.Objects;

/**
 * One step of a desk's rating scale, as published in {@code ClaimReview.reviewRating}.
 *
 * <p>Example (Vietnamese scale): code {@code false}, label "Sai", ratingValue 1 on a 1–5 scale. The
 * label is published as {@code reviewRating.alternateName}; Google's ClaimReview guidelines make
 * {@code alternateName} the rating text readers see. See <a href="https://schema.org/Rating">schema.org/Rating</a>.
 *
 * @param code stable machine name ({@code true}, {@code false}, {@code misleading}, {@code unproven}…); never blank
 * @param label the rating text in the article's language, e.g. "Sai", "Gây hiểu lầm"; never blank
 * @param ratingValue numeric value, {@code worstRating ≤ ratingValue ≤ bestRating}
 * @param worstRating lowest value of the scale (1 in ours)
 * @param bestRating highest value of the scale (5 in ours)
 */
public record Verdict(String code, String label, int ratingValue, int worstRating, int bestRating) {
  /** @throws IllegalArgumentException if code/label are blank or the value lies outside the scale */
  public Verdict {
    if (code == null || code.isBlank() || label == null || label.isBlank()) {
      throw new IllegalArgumentException("verdict code and label must not be blank");
    }
    if (worstRating > bestRating || ratingValue < worstRating || ratingValue > bestRating) {
      throw new IllegalArgumentException(
          "verdict '" + code + "': ratingValue " + ratingValue + " outside [" + worstRating + ", " + bestRating + "]");
    }
    Objects.requireNonNull(code);
  }
}
