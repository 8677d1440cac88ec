package org.factdesk.narratives;

/**
 * Thresholds of {@link NarrativeClusterer}.
 *
 * @param nearDuplicate minimum estimated MinHash Jaccard (0..1) to a member for a near-duplicate
 * @param paraphrase minimum cosine (-1..1) to a narrative's centroid for a paraphrase; used only
 *     when vectors are given
 * @param bands LSH bands; bands × rows ≤ the hasher's signature length
 * @param rows LSH rows per band
 * @param hasher MinHash configuration
 */
public record ClustererSettings(double nearDuplicate, double paraphrase, int bands, int rows, MinHasher hasher) {
  /**
   * Thresholds tuned on CheckThat! 2022 train (docs/benchmarks.md, "Narratives"): Jaccard 0.5,
   * cosine 0.65 (best B-cubed F1 of the grid); 32 bands × 4 rows of the default 128-function hasher.
   */
  public static ClustererSettings defaults() {
    return new ClustererSettings(0.5, 0.65, 32, 4, MinHasher.DEFAULT);
  }

  /** @throws IllegalArgumentException if a threshold is outside its range or bands × rows is too long */
  public ClustererSettings {
    if (!(nearDuplicate > 0 && nearDuplicate <= 1)) {
      throw new IllegalArgumentException("near-duplicate threshold must be in (0, 1], got " + nearDuplicate);
    }
    if (!(paraphrase >= -1 && paraphrase <= 1)) {
      throw new IllegalArgumentException("paraphrase threshold must be in [-1, 1], got " + paraphrase);
    }
    if (bands < 1 || rows < 1 || bands * rows > hasher.numHashes()) {
      throw new IllegalArgumentException("need 1 <= bands x rows <= " + hasher.numHashes() + ", got " + bands + "x" + rows);
    }
  }

  /** The same with other thresholds. */
  public ClustererSettings withThresholds(double near, double para) {
    return new ClustererSettings(near, para, bands, rows, hasher);
  }
}
