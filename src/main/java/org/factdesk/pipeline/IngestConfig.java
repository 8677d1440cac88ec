package org.factdesk.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.factdesk.ingest.TextEncoding;
import org.factdesk.match.Retrieval;

/**
 * Input of {@link IngestJob}.
 *
 * @param inputs files, directories (read recursively) and globs, as given on the command line
 * @param sourcesFile a sources YAML file listing feeds and paths, or null
 * @param dataDir data directory (database, indexes, secret, logs)
 * @param dbUrl JDBC URL of the database, or null for the embedded H2 file in {@code dataDir}
 * @param watch keep polling until stopped
 * @param pollInterval how often watched paths are re-scanned (feeds use their own interval)
 * @param maxPolls stop after this many polls (0 = no limit; for tests and cron-like use)
 * @param retrieval how posts are matched against the fact-check index (BM25 is the fast path)
 * @param modelDir sentence-transformers export for dense retrieval, or null for the bundled model
 * @param topK matches stored per post, ≥ 1
 * @param threads matching threads, ≥ 1
 * @param batchSize records per commit, ≥ 1
 * @param interactive draw progress bars
 * @param encoding text encoding of the command-line post files (sources-file entries have their own)
 * @param indexUrl OpenSearch node URLs holding the fact-check index, or null for the embedded one
 */
public record IngestConfig(
    List<String> inputs,
    Path sourcesFile,
    Path dataDir,
    String dbUrl,
    boolean watch,
    Duration pollInterval,
    int maxPolls,
    Retrieval retrieval,
    Path modelDir,
    int topK,
    int threads,
    int batchSize,
    boolean interactive,
    TextEncoding encoding,
    String indexUrl) {

  /** The embedded fact-check index. */
  public IngestConfig(List<String> inputs, Path sourcesFile, Path dataDir, String dbUrl, boolean watch,
      Duration pollInterval, int maxPolls, Retrieval retrieval, Path modelDir, int topK, int threads, int batchSize,
      boolean interactive, TextEncoding encoding) {
    this(inputs, sourcesFile, dataDir, dbUrl, watch, pollInterval, maxPolls, retrieval, modelDir, topK, threads,
        batchSize, interactive, encoding, null);
  }

  /** @throws IllegalArgumentException on bad numbers or when there is nothing to ingest */
  public IngestConfig {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty() && sourcesFile == null) {
      throw new IllegalArgumentException("give at least one PATH or --sources FILE");
    }
    if (topK < 1) {
      throw new IllegalArgumentException("--top-k must be >= 1, got " + topK);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("--batch-size must be >= 1, got " + batchSize);
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("--interval must be positive, got " + pollInterval);
    }
  }
}
