package org.factdesk.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.index.AnalyzedDocument;
import org.factdesk.index.Embedder;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.IndexSettings;
import org.factdesk.index.lucene.LuceneBackend;
import org.factdesk.index.opensearch.ClusterClient;
import org.factdesk.index.opensearch.OpenSearchBackend;
import org.factdesk.ingest.InvalidInputException;
import org.factdesk.model.FactCheck;

/**
 * {@code factdesk index migrate}: copies the embedded fact-check index of a data directory into an
 * OpenSearch cluster — every stored fact-check, re-analysed into the same terms, with its stored
 * sentence vector and text hash (no re-encoding) — then checks that the cluster holds as many
 * fact-checks as the embedded index.
 */
public final class MigrateJob {
  /** Fact-checks per upsert (the bulk indexer batches them further). */
  static final int CHUNK = 1000;
  private final MatchingSettings settings;
  private final PrintStream log;

  /**
   * @param settings analysis and BM25 settings (the embedded index must have been built with them)
   * @param log progress and the result line
   */
  public MigrateJob(MatchingSettings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  /**
   * The counts of a migration.
   *
   * @param embedded fact-checks in the embedded index
   * @param copied fact-checks sent
   * @param vectors of them with a vector
   * @param cluster fact-checks in the cluster index afterwards
   */
  public record Result(long embedded, long copied, long vectors, long cluster) {
    /** True when the cluster holds exactly the embedded index's fact-checks. */
    public boolean countsMatch() {
      return cluster == embedded && copied == embedded;
    }
  }

  /**
   * @param dataDir data directory whose {@code index} is copied
   * @param indexUrl node URLs of the target cluster
   * @param interactive draw a progress bar
   * @throws InvalidInputException when there is no embedded index under {@code dataDir}
   * @throws org.factdesk.index.lucene.SettingsMismatchException if it was built with another analyzer
   * @throws org.factdesk.index.opensearch.ClusterSettingsMismatchException if the cluster index was
   */
  public Result run(Path dataDir, String indexUrl, boolean interactive) throws IOException {
    return run(dataDir, indexUrl, OpenSearchBackend.DEFAULT_ALIAS, interactive);
  }

  /** As {@link #run(Path, String, boolean)}, into the index behind {@code alias}. */
  public Result run(Path dataDir, String indexUrl, String alias, boolean interactive) throws IOException {
    Path dir = IndexOpener.indexDir(dataDir);
    if (!Files.isDirectory(dir) || LuceneBackend.storedCount(dir) == 0 && !Files.exists(dir.resolve("factdesk-index.json"))) {
      throw new InvalidInputException("--from: no fact-check index in " + dataDir + " (expected " + dir + ")");
    }
    String vectorModel = LuceneBackend.builtVectorModel(dir);
    IndexSettings indexSettings = settings.indexSettings(vectorModel);
    var urls = ClusterClient.parseUrls(indexUrl);
    List<FactCheck> stored = LuceneBackend.readStored(dir);
    long copied = 0;
    long vectors = 0;
    try (LuceneBackend source = LuceneBackend.open(dir, indexSettings);
        OpenSearchBackend target = OpenSearchBackend.open(urls, alias, indexSettings,
            IndexOpener.CLUSTER_REPLICAS)) {
      FactCheckIndex analyzer = new FactCheckIndex(source, settings.analysis());
      log.println("migrate: " + stored.size() + " fact-checks from " + source.describe() + " to " + target.describe()
          + (vectorModel == null ? " (lexical only)" : " with vectors " + vectorModel));
      try (Progress progress = Progress.start("migrating fact-checks", stored.size(), log, interactive)) {
        for (int from = 0; from < stored.size(); from += CHUNK) {
          List<FactCheck> chunk = stored.subList(from, Math.min(stored.size(), from + CHUNK));
          Map<String, float[]> vs = vectorModel == null ? Map.of()
              : source.vectors(chunk.stream().map(FactCheck::id).toList());
          List<AnalyzedDocument> docs = new ArrayList<>(chunk.size());
          for (FactCheck fc : chunk) {
            AnalyzedDocument d = analyzer.analyze(fc);
            float[] v = vs.get(fc.id());
            if (v != null) {
              d = d.withVector(v, FactCheckIndex.sha256(Embedder.textOf(fc)));
              vectors++;
            }
            docs.add(d);
          }
          target.upsert(docs);
          copied += docs.size();
          progress.step(docs.size());
        }
        target.commit();
      }
      Result r = new Result(stored.size(), copied, vectors, target.size());
      log.println("migrate: embedded=" + r.embedded() + " copied=" + r.copied() + " vectors=" + r.vectors()
          + " cluster=" + r.cluster() + (r.countsMatch() ? " (counts match)" : " COUNT MISMATCH"));
      return r;
    }
  }
}
