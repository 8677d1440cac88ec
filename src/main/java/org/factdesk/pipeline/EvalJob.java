package org.factdesk.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.eval.ConfidenceCalibration;
import org.factdesk.eval.MetricReport;
import org.factdesk.eval.Qrels;
import org.factdesk.eval.RetrievalMetrics;
import org.factdesk.eval.RunFile;
import org.factdesk.eval.ScoredDoc;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.SearchHit;
import org.factdesk.index.lucene.StandardBm25Baseline;
import org.factdesk.ingest.AuthorPseudonymiser;
import org.factdesk.ingest.Formats;
import org.factdesk.ingest.Quarantine;
import org.factdesk.ingest.ReadStats;
import org.factdesk.match.MatchPipeline;
import org.factdesk.match.QueryVectors;
import org.factdesk.match.Retrieval;
import org.factdesk.match.encoder.EmbeddingCache;
import org.factdesk.match.encoder.EncoderEmbedder;
import org.factdesk.match.encoder.Encoders;
import org.factdesk.match.encoder.SentenceEncoder;
import org.factdesk.match.PostMatches;
import org.factdesk.match.RankedMatch;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;

/**
 * CheckThat! Task 2-style evaluation: index a collection, match the queries that have qrels, score
 * the run, and score the plain {@code StandardAnalyzer} BM25 baseline on the same data in the same
 * run so every report shows ours beside the baseline.
 */
public final class EvalJob {
  /** Method name of the baseline. */
  public static final String BASELINE = StandardBm25Baseline.TAG;

  private final MatchingSettings settings;
  private final PrintStream log;

  /**
   * @param settings matching configuration for "ours"
   * @param log progress lines and rejected records
   */
  public EvalJob(MatchingSettings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  /**
   * @throws NoSuchFileException if an input is missing
   * @throws org.factdesk.ingest.InvalidInputException if a format cannot be told
   * @throws org.factdesk.eval.InvalidQrelsException if the qrels are malformed
   */
  public EvalSummary run(EvalConfig config, Quarantine quarantine) throws IOException {
    for (Path p : List.of(config.collection(), config.queries(), config.qrels())) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      }
    }
    boolean dense = config.methods().stream().anyMatch(Retrieval::needsVectors);
    // open the model first: a bad --model-dir fails before any work
    try (SentenceEncoder encoder = dense
        ? new EmbeddingCache(config.dataDir().resolve("embeddings"), Encoders.open(config.modelDir()))
        : null) {
      return run(config, quarantine, encoder);
    }
  }

  private EvalSummary run(EvalConfig config, Quarantine quarantine, SentenceEncoder encoder) throws IOException {
    boolean dense = encoder != null;
    Qrels qrels = Qrels.read(config.qrels());
    List<FactCheck> collection = new ArrayList<>();
    ReadStats collectionStats = Formats.factCheckReader(config.collection()).read(config.collection(), collection::add, quarantine);
    log.println("collection " + config.collection() + ": " + collectionStats);
    Map<String, Post> queryById = new LinkedHashMap<>();
    Files.createDirectories(config.dataDir());
    AuthorPseudonymiser pseudonymiser = AuthorPseudonymiser.loadOrCreate(config.dataDir());
    ReadStats queryStats = Formats.postReader(config.queries(), pseudonymiser).read(config.queries(), p -> {
      if (qrels.queryIds().contains(p.id())) {
        queryById.put(p.id(), p);
      }
    }, quarantine);
    log.println("queries " + config.queries() + ": " + queryStats + ", " + queryById.size() + " with qrels");
    List<String> missing = qrels.queryIds().stream().filter(q -> !queryById.containsKey(q)).toList();
    if (queryById.isEmpty()) {
      throw new org.factdesk.ingest.InvalidInputException("none of the " + qrels.queryIds().size() + " queries in "
          + config.qrels() + " is in " + config.queries() + ": wrong qrels for this query file?");
    }
    if (!missing.isEmpty()) {
      log.println("warning: " + missing.size() + " qrels queries are not in " + config.queries()
          + " and score 0, e.g. " + missing.get(0));
    }

    Map<String, MetricReport> byMethod = new LinkedHashMap<>();
    Map<String, double[]> latency = new LinkedHashMap<>();
    Map<String, ConfidenceCalibration> calibrations = new LinkedHashMap<>();
    double indexSeconds;
    List<Post> queries = new ArrayList<>(queryById.values());
    long t0 = System.nanoTime();
    try (TemporaryIndex temporary = TemporaryIndex.build(config.dataDir(), config.indexUrl(), "eval-index-", settings,
        encoder == null ? null : new EncoderEmbedder(encoder), collection)) {
      FactCheckIndex index = temporary.index();
      indexSeconds = (System.nanoTime() - t0) / 1e9;
      log.printf(java.util.Locale.ROOT, "indexed %d fact-checks in %.2f s (%.0f/s)%s%n", index.size(), indexSeconds,
          index.size() / indexSeconds, dense ? " with " + encoder.id() + " vectors" : "");
      QueryVectors vectors = dense ? new QueryVectors(encoder::encodeBatch, encoder::encode) : null;
      boolean first = true;
      for (Retrieval mode : config.methods()) {
        MatchPipeline pipeline = settings.pipeline(mode, index, vectors);
        ConfidenceCalibration calibration = config.calibrate() ? new ConfidenceCalibration() : null;
        Map<String, List<ScoredDoc>> run = new LinkedHashMap<>();
        double[] latencies = new double[queries.size()];
        int i = 0;
        for (int from = 0; from < queries.size(); from += 256) {
          List<Post> batch = queries.subList(from, Math.min(queries.size(), from + 256));
          pipeline.prepare(batch);
          for (Post q : batch) {
            long s = System.nanoTime();
            PostMatches pm = pipeline.match(q, Math.max(config.topK(), calibration != null ? 20 : 0));
            latencies[i++] = (System.nanoTime() - s) / 1e6;
            List<ScoredDoc> ranked = new ArrayList<>();
            for (RankedMatch rm : pm.matches().subList(0, Math.min(config.topK(), pm.matches().size()))) {
              ranked.add(new ScoredDoc(rm.match().factCheck().id(), rm.match().score()));
            }
            run.put(q.id(), ranked);
            if (calibration != null) {
              Set<String> rel = qrels.relevant(q.id());
              PostMatches absent = pipeline.matchWithout(q, rel, 1);
              calibration.add(observe(pm, rel, absent.matches().isEmpty() ? 0 : absent.matches().get(0).confidence()));
            }
          }
        }
        Arrays.sort(latencies);
        latency.put(mode.label(), new double[] {percentile(latencies, 0.50), percentile(latencies, 0.99)});
        if (calibration != null) {
          calibrations.put(mode.label(), calibration);
        }
        byMethod.put(mode.label(), RetrievalMetrics.evaluate(docIds(run), qrels));
        if (config.runOut() != null) {
          writeRun(first ? config.runOut() : siblingPath(config.runOut(), mode.label()), run, mode.label());
        }
        first = false;
      }
    }
    Map<String, List<ScoredDoc>> baseline = new LinkedHashMap<>();
    try (StandardBm25Baseline base = new StandardBm25Baseline(collection)) {
      for (Post q : queries) {
        List<ScoredDoc> ranked = new ArrayList<>();
        for (SearchHit h : base.search(q.text(), config.topK())) {
          ranked.add(new ScoredDoc(h.id(), h.score()));
        }
        baseline.put(q.id(), ranked);
      }
    }
    if (config.runOut() != null) {
      writeRun(baselinePath(config.runOut()), baseline, BASELINE);
    }
    byMethod.put(BASELINE, RetrievalMetrics.evaluate(docIds(baseline), qrels));
    return new EvalSummary(byMethod, collectionStats, queryStats, queryById.size(), qrels.queryIds().size(), indexSeconds,
        latency, calibrations);
  }

  /** The top match's confidence and relevance, and the top confidence had its fact-check been absent. */
  private static ConfidenceCalibration.Observation observe(PostMatches pm, Set<String> relevant, double absentTop) {
    if (pm.matches().isEmpty()) {
      return new ConfidenceCalibration.Observation(0, false, absentTop);
    }
    RankedMatch top = pm.matches().get(0);
    return new ConfidenceCalibration.Observation(top.confidence(), relevant.contains(top.match().factCheck().id()), absentTop);
  }

  /** {@code runs/x.run} → {@code runs/x.baseline.run}; {@code runs/x} → {@code runs/x.baseline}. */
  public static Path baselinePath(Path runOut) {
    return siblingPath(runOut, "baseline");
  }

  /** {@code runs/x.run} → {@code runs/x.<tag>.run}. */
  public static Path siblingPath(Path runOut, String tag) {
    String name = runOut.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) + "." + tag + name.substring(dot) : name + "." + tag;
    return runOut.resolveSibling(base);
  }

  private static void writeRun(Path file, Map<String, List<ScoredDoc>> run, String tag) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (RunFile.Writer w = RunFile.writer(file)) {
      for (Map.Entry<String, List<ScoredDoc>> e : run.entrySet()) {
        w.write(e.getKey(), e.getValue(), tag);
      }
    }
  }

  private static Map<String, List<String>> docIds(Map<String, List<ScoredDoc>> run) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    run.forEach((q, docs) -> out.put(q, docs.stream().map(ScoredDoc::docId).toList()));
    return out;
  }

  /** Nearest-rank percentile of a sorted array; 0 when empty. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
