package org.factdesk.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.index.lucene.LuceneBackend;
import org.factdesk.index.opensearch.ClusterClient;
import org.factdesk.index.opensearch.OpenSearchBackend;

/**
 * What {@code factdesk status} prints about the fact-check index: back end kind, location,
 * document count, cluster health, and whether dense retrieval is native k-NN or the lexical
 * fallback. Reads only: the embedded index is opened without its write lock, so a running ingest
 * is not disturbed.
 */
public final class IndexStatus {
  private IndexStatus() {}

  /**
   * @param dataDir the data directory (embedded index in {@code dataDir/index})
   * @param indexUrl OpenSearch node URLs, or null for the embedded index
   * @return {@code key: value} lines
   * @throws IOException when the index or the cluster cannot be read
   */
  public static List<String> describe(Path dataDir, String indexUrl) throws IOException {
    List<String> lines = new ArrayList<>();
    if (indexUrl == null) {
      Path dir = IndexOpener.indexDir(dataDir);
      lines.add("backend: embedded lucene");
      lines.add("location: " + dir.toAbsolutePath());
      boolean exists = Files.isDirectory(dir);
      lines.add("documents: " + (exists ? LuceneBackend.storedCount(dir) : 0) + (exists ? "" : " (no index yet)"));
      lines.add("health: n/a (embedded)");
      String model = exists ? LuceneBackend.builtVectorModel(dir) : null;
      lines.add("dense vectors: " + (model == null ? "none (lexical-only index)" : "native HNSW k-NN (" + model + ")"));
      return lines;
    }
    var urls = ClusterClient.parseUrls(indexUrl);
    OpenSearchBackend.Status s = OpenSearchBackend.status(urls, OpenSearchBackend.DEFAULT_ALIAS);
    lines.add("backend: opensearch");
    lines.add("location: " + String.join(",", urls.stream().map(Object::toString).toList()) + " alias "
        + OpenSearchBackend.DEFAULT_ALIAS + (s.index() == null ? " (no index yet)" : " -> " + s.index()));
    lines.add("documents: " + s.documents());
    lines.add("health: " + s.health());
    String vectors;
    if (s.vectorModel().isEmpty()) {
      vectors = "none (lexical-only index)" + (s.knnPlugin() ? "; k-NN plugin installed" : "; no k-NN plugin");
    } else if (s.knnPlugin()) {
      vectors = "native k-NN (opensearch-knn, " + s.vectorModel() + ")";
    } else {
      vectors = "lexical fallback: no k-NN plugin, cosine over the BM25 candidates (" + s.vectorModel() + ")";
    }
    lines.add("dense vectors: " + vectors);
    return lines;
  }
}
