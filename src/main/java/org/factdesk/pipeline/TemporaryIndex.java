package org.factdesk.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.index.Embedder;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.lucene.LuceneBackend;
import org.factdesk.model.FactCheck;

/**
 * A fact-check index in a fresh directory under the data directory, filled with one collection and
 * deleted on close: what evaluation, benchmarks and reranker training match against.
 */
final class TemporaryIndex implements AutoCloseable {
  private final Path dir;
  private final FactCheckIndex index;
  private final Runnable cleanup;

  private TemporaryIndex(Path dir, FactCheckIndex index, Runnable cleanup) {
    this.dir = dir;
    this.index = index;
    this.cleanup = cleanup;
  }

  /**
   * As {@link #build(Path, String, MatchingSettings, Embedder, java.util.List)}, on an OpenSearch
   * cluster when {@code indexUrl} is given: a fresh alias {@code factdesk-<prefix><random>} whose
   * index is deleted on close.
   */
  static TemporaryIndex build(Path dataDir, String indexUrl, String prefix, MatchingSettings settings, Embedder embedder,
      java.util.List<FactCheck> collection) throws IOException {
    if (indexUrl == null || indexUrl.isBlank()) {
      return build(dataDir, prefix, settings, embedder, collection);
    }
    var urls = org.factdesk.index.opensearch.ClusterClient.parseUrls(indexUrl);
    String alias = "factdesk-" + prefix + java.util.UUID.randomUUID().toString().substring(0, 8);
    var backend = org.factdesk.index.opensearch.OpenSearchBackend.open(urls, alias,
        settings.indexSettings(embedder == null ? null : embedder.id()), IndexOpener.CLUSTER_REPLICAS);
    FactCheckIndex index = new FactCheckIndex(backend, settings.analysis(), embedder);
    Runnable drop = () -> {
      try {
        org.factdesk.index.opensearch.OpenSearchBackend.deleteIndexes(urls, alias);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot delete temporary cluster index " + alias, e);
      }
    };
    try {
      index.upsert(collection);
      index.commit();
      return new TemporaryIndex(null, index, drop);
    } catch (IOException | RuntimeException e) {
      index.close();
      drop.run();
      throw e;
    }
  }

  /**
   * Builds the index and commits it.
   *
   * @param dataDir parent of the temporary directory
   * @param prefix name prefix of the directory, e.g. {@code eval-index-}
   * @param settings analysis and BM25 settings
   * @param embedder sentence vectors, or null for a lexical-only index
   * @param collection the fact-checks to index
   */
  static TemporaryIndex build(Path dataDir, String prefix, MatchingSettings settings, Embedder embedder,
      java.util.List<FactCheck> collection) throws IOException {
    Path dir = Files.createTempDirectory(dataDir, prefix);
    FactCheckIndex index = null;
    try {
      index = new FactCheckIndex(LuceneBackend.open(dir, settings.indexSettings(embedder == null ? null : embedder.id())),
          settings.analysis(), embedder);
      index.upsert(collection);
      index.commit();
      return new TemporaryIndex(dir, index, () -> { });
    } catch (IOException | RuntimeException e) {
      if (index != null) {
        index.close();
      }
      IndexOpener.deleteRecursively(dir);
      throw e;
    }
  }

  /** The index. */
  FactCheckIndex index() {
    return index;
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      if (dir != null) {
        IndexOpener.deleteRecursively(dir);
      }
      cleanup.run();
    }
  }
}
