package org.factdesk.pipeline;

import java.nio.file.Path;

/**
 * Input of {@link EvalJob}.
 *
 * @param collection fact-check collection file or directory (format detected)
 * @param queries query file (CheckThat! TSV, or generic posts)
 * @param qrels TREC qrels
 * @param runOut where to write our TREC run file (the baseline's goes beside it as
 *     {@code <name>.baseline<ext>}); null for none
 * @param topK run depth, ≥ 1
 * @param dataDir data directory; a temporary index is built under it and deleted afterwards
 * @param calibrate also print the confidence calibration table
 * @param threads matching threads
 */
public record EvalConfig(
    Path collection, Path queries, Path qrels, Path runOut, int topK, Path dataDir, boolean calibrate, int threads) {
  /** @throws IllegalArgumentException when topK or threads &lt; 1 */
  public EvalConfig {
    if (topK < 1) {
      throw new IllegalArgumentException("--top-k must be >= 1, got " + topK);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
  }
}
