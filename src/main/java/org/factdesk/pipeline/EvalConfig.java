package org.factdesk.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.match.Retrieval;

/**
 * Input of {@link EvalJob}.
 *
 * @param collection fact-check collection file or directory (format detected)
 * @param queries query file (CheckThat! TSV, or generic posts)
 * @param qrels TREC qrels
 * @param runOut where to write the TREC run of the first method; the other methods' runs go
 *     beside it as {@code <name>.<method><ext>} and the baseline's as {@code <name>.baseline<ext>};
 *     null for none
 * @param topK run depth, ≥ 1
 * @param dataDir data directory; a temporary index is built under it and deleted afterwards, and
 *     sentence vectors are cached in {@code <dataDir>/embeddings}
 * @param calibrate also compute the confidence calibration tables
 * @param methods retrieval modes to evaluate, in report order (the baseline is always added)
 * @param modelDir sentence-transformers ONNX export, or null for the bundled all-MiniLM-L6-v2
 * @param indexUrl OpenSearch node URLs: the temporary index is built there (alias {@code
 *     factdesk-eval-<random>}, deleted afterwards); null for an embedded one under {@code dataDir}
 */
public record EvalConfig(
    Path collection, Path queries, Path qrels, Path runOut, int topK, Path dataDir, boolean calibrate,
    List<Retrieval> methods, Path modelDir, String indexUrl) {

  /** An embedded temporary index. */
  public EvalConfig(Path collection, Path queries, Path qrels, Path runOut, int topK, Path dataDir, boolean calibrate,
      List<Retrieval> methods, Path modelDir) {
    this(collection, queries, qrels, runOut, topK, dataDir, calibrate, methods, modelDir, null);
  }
  /** @throws IllegalArgumentException when topK &lt; 1 or no method is given */
  public EvalConfig {
    if (topK < 1) {
      throw new IllegalArgumentException("--top-k must be >= 1, got " + topK);
    }
    methods = List.copyOf(methods);
    if (methods.isEmpty()) {
      throw new IllegalArgumentException("give at least one retriever to evaluate");
    }
  }
}
