package org.factdesk.match;

/**
 * Maps a match's confidence ({@code score / scoreBound}, in [0, 1]) to a band.
 *
 * <p>Thresholds are chosen on training data by {@code factdesk eval --calibrate} (precision of the
 * top-1 match above each threshold), never on the split that is reported. Posts with fewer than
 * {@code minWordsForConfident} words are never {@code confident}: short texts match by accident.
 *
 * @param confident lowest confidence for {@link ConfidenceBand#CONFIDENT}
 * @param suggested lowest confidence for {@link ConfidenceBand#SUGGESTED}; ≤ {@code confident}
 * @param minWordsForConfident word count below which a post is at most {@code suggested}
 */
public record ConfidenceThresholds(double confident, double suggested, int minWordsForConfident) {

  /** @throws IllegalArgumentException unless 0 ≤ suggested ≤ confident ≤ 1 */
  public ConfidenceThresholds {
    if (!(suggested >= 0 && suggested <= confident && confident <= 1)) {
      throw new IllegalArgumentException(
          "need 0 <= suggested <= confident <= 1, got suggested=" + suggested + " confident=" + confident);
    }
  }

  /**
   * @param confidence the match's confidence in [0, 1]
   * @param postWords number of whitespace-separated words in the post
   */
  public ConfidenceBand band(double confidence, int postWords) {
    if (confidence >= confident && postWords >= minWordsForConfident) {
      return ConfidenceBand.CONFIDENT;
    }
    return confidence >= suggested ? ConfidenceBand.SUGGESTED : ConfidenceBand.NONE;
  }

  /** Whitespace-separated words in a text. */
  public static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
