package org.factdesk.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.index.Embedder;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.IndexSettings;
import org.factdesk.index.lucene.LuceneBackend;
import org.factdesk.index.lucene.SettingsMismatchException;
import org.factdesk.index.opensearch.ClusterClient;
import org.factdesk.index.opensearch.ClusterSettingsMismatchException;
import org.factdesk.index.opensearch.OpenSearchBackend;
import org.factdesk.model.FactCheck;

/**
 * Opens the fact-check index — embedded under a data directory (default) or on an OpenSearch
 * cluster ({@code --index-url}) — rebuilding it when asked.
 */
public final class IndexOpener {
  private IndexOpener() {}

  /** Where the index lives: {@code <dataDir>/index}. */
  public static Path indexDir(Path dataDir) {
    return dataDir.resolve("index");
  }

  /**
   * @param dataDir the data directory
   * @param settings matching settings (analyzer, BM25)
   * @param rebuild when the index was built with another analyzer: re-analyse its stored
   *     fact-checks (true) or throw (false)
   * @param log progress lines
   * @throws SettingsMismatchException if the analyzer changed and {@code rebuild} is false
   */
  public static FactCheckIndex open(Path dataDir, MatchingSettings settings, boolean rebuild, PrintStream log)
      throws IOException {
    return open(dataDir, settings, null, rebuild, log);
  }

  /**
   * Opens the index with sentence vectors from {@code embedder} (null for lexical only).
   *
   * @throws SettingsMismatchException if the analyzer or the vector model changed and {@code
   *     rebuild} is false
   */
  public static FactCheckIndex open(Path dataDir, MatchingSettings settings, Embedder embedder, boolean rebuild,
      PrintStream log) throws IOException {
    return open(dataDir, null, settings, embedder, rebuild, log);
  }

  /**
   * The sentence-vector model the existing fact-check index (embedded, or on the cluster when
   * {@code indexUrl} is given) was built with, or null when it has none or does not exist yet.
   */
  public static String builtVectorModel(Path dataDir, String indexUrl) throws IOException {
    if (indexUrl == null || indexUrl.isBlank()) {
      return LuceneBackend.builtVectorModel(indexDir(dataDir));
    }
    String model = OpenSearchBackend.status(ClusterClient.parseUrls(indexUrl), OpenSearchBackend.DEFAULT_ALIAS).vectorModel();
    return model.isEmpty() ? null : model;
  }

  /** Replicas of a fact-check index created on a cluster (one node may fail without losing it). */
  public static final int CLUSTER_REPLICAS = 1;

  /**
   * Opens the fact-check index on an OpenSearch cluster when {@code indexUrl} is given (alias
   * {@value OpenSearchBackend#DEFAULT_ALIAS}), else the embedded one under {@code dataDir}. On a
   * cluster without the k-NN plugin and with an embedder, logs one line saying that dense
   * retrieval falls back to cosine over the BM25 candidates.
   *
   * @param indexUrl {@code http://host:9200[,http://host2:9200]}, or null for the embedded index
   * @throws SettingsMismatchException or {@link ClusterSettingsMismatchException} if the analyzer or
   *     vector model changed and {@code rebuild} is false
   */
  public static FactCheckIndex open(Path dataDir, String indexUrl, MatchingSettings settings, Embedder embedder,
      boolean rebuild, PrintStream log) throws IOException {
    if (indexUrl == null || indexUrl.isBlank()) {
      return openEmbedded(dataDir, settings, embedder, rebuild, log);
    }
    FactCheckIndex index = openCluster(ClusterClient.parseUrls(indexUrl), settings, embedder, rebuild, log);
    if (embedder != null && !index.backend().nativeKnn()) {
      log.println("dense vectors: " + index.backend().describe() + " has no k-NN plugin (opensearch-knn); dense "
          + "retrieval falls back to cosine over the BM25 candidates (lexical + rerank)");
    }
    return index;
  }

  private static FactCheckIndex openCluster(List<java.net.URI> urls, MatchingSettings settings, Embedder embedder,
      boolean rebuild, PrintStream log) throws IOException {
    IndexSettings indexSettings = settings.indexSettings(embedder == null ? null : embedder.id());
    String alias = OpenSearchBackend.DEFAULT_ALIAS;
    try {
      return new FactCheckIndex(OpenSearchBackend.open(urls, alias, indexSettings, CLUSTER_REPLICAS), settings.analysis(),
          embedder);
    } catch (ClusterSettingsMismatchException e) {
      if (!rebuild) {
        throw e;
      }
    }
    List<FactCheck> stored = OpenSearchBackend.readStored(urls, alias);
    OpenSearchBackend next = OpenSearchBackend.nextGeneration(urls, alias, indexSettings, CLUSTER_REPLICAS);
    log.println("rebuilding cluster index " + alias + " as " + next.indexName() + " with analyzer "
        + indexSettings.analyzerId() + (embedder == null ? "" : " and vectors " + embedder.id()) + ": " + stored.size()
        + " fact-checks; the alias moves when it is complete");
    FactCheckIndex index = new FactCheckIndex(next, settings.analysis(), embedder);
    try {
      index.upsert(stored);
      index.commit();
      next.publish();
      return index;
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private static FactCheckIndex openEmbedded(Path dataDir, MatchingSettings settings, Embedder embedder, boolean rebuild,
      PrintStream log) throws IOException {
    Path dir = indexDir(dataDir);
    IndexSettings indexSettings = settings.indexSettings(embedder == null ? null : embedder.id());
    try {
      return new FactCheckIndex(LuceneBackend.open(dir, indexSettings), settings.analysis(), embedder);
    } catch (SettingsMismatchException e) {
      if (!rebuild) {
        throw e;
      }
    }
    List<FactCheck> stored = LuceneBackend.readStored(dir);
    log.println("rebuilding index " + dir + " with analyzer " + indexSettings.analyzerId()
        + (embedder == null ? "" : " and vectors " + embedder.id()) + ": " + stored.size() + " fact-checks");
    deleteRecursively(dir);
    FactCheckIndex index = new FactCheckIndex(LuceneBackend.open(dir, indexSettings), settings.analysis(), embedder);
    index.upsert(stored);
    index.commit();
    return index;
  }

  /** Deletes the index under a data directory, if any (the pseudonymisation secret is kept). */
  public static void deleteIndex(Path dataDir) throws IOException {
    deleteRecursively(indexDir(dataDir));
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
