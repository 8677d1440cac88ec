package org.factdesk.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.ingest.TextEncoding;
import org.factdesk.match.Retrieval;

/**
 * Input of {@link MainJob}.
 *
 * @param posts post files (CheckThat! query TSV, JSONL, CSV)
 * @param factChecks fact-check files or directories (CheckThat! collections, ClaimReview); may be
 *     empty when the index already holds fact-checks
 * @param out output directory (created)
 * @param dataDir data directory holding the index and the pseudonymisation secret
 * @param topK matches written per post, ≥ 1
 * @param rebuildIndex re-analyse stored fact-checks if the analyzer changed
 * @param threads matching threads, ≥ 1
 * @param interactive draw progress bars (a terminal is attached)
 * @param retrieval which retrievers and fusion to match with
 * @param modelDir sentence-transformers ONNX export for dense retrieval, or null for the bundled
 *     all-MiniLM-L6-v2
 * @param encoding text encoding of the post files ({@link TextEncoding#AUTO}: detected)
 * @param indexUrl OpenSearch node URLs ({@code http://host:9200[,http://host2:9200]}) holding the
 *     fact-check index, or null for the embedded index under {@code dataDir}
 */
public record RunConfig(
    List<Path> posts,
    List<Path> factChecks,
    Path out,
    Path dataDir,
    int topK,
    boolean rebuildIndex,
    int threads,
    boolean interactive,
    Retrieval retrieval,
    Path modelDir,
    TextEncoding encoding,
    String indexUrl) {

  /** Post encoding detected ({@link TextEncoding#AUTO}). */
  public RunConfig(List<Path> posts, List<Path> factChecks, Path out, Path dataDir, int topK, boolean rebuildIndex,
      int threads, boolean interactive, Retrieval retrieval, Path modelDir) {
    this(posts, factChecks, out, dataDir, topK, rebuildIndex, threads, interactive, retrieval, modelDir,
        TextEncoding.AUTO, null);
  }

  /** The embedded index. */
  public RunConfig(List<Path> posts, List<Path> factChecks, Path out, Path dataDir, int topK, boolean rebuildIndex,
      int threads, boolean interactive, Retrieval retrieval, Path modelDir, TextEncoding encoding) {
    this(posts, factChecks, out, dataDir, topK, rebuildIndex, threads, interactive, retrieval, modelDir, encoding, null);
  }

  /** @throws IllegalArgumentException on a non-positive topK or thread count, or no post file */
  public RunConfig {
    posts = List.copyOf(posts);
    factChecks = List.copyOf(factChecks);
    encoding = encoding == null ? TextEncoding.AUTO : encoding;
    if (topK < 1) {
      throw new IllegalArgumentException("--top-k must be >= 1, got " + topK);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (posts.isEmpty()) {
      throw new IllegalArgumentException("give at least one --posts file");
    }
  }
}
