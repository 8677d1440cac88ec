package org.factdesk.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.eval.ClusteringMetrics;
import org.factdesk.eval.Qrels;
import org.factdesk.ingest.CheckThatQueriesReader;
import org.factdesk.ingest.Quarantine;
import org.factdesk.ingest.ReadStats;
import org.factdesk.match.encoder.Encoders;
import org.factdesk.match.encoder.SentenceEncoder;
import org.factdesk.model.Post;
import org.factdesk.narratives.ClustererSettings;
import org.factdesk.narratives.NarrativeClusterer;
import org.factdesk.narratives.TfidfCosineClusterer;

/**
 * Narrative clustering against CheckThat! gold: tweets whose qrels point to the same fact-check
 * form one gold cluster.
 *
 * <p>A tweet with several relevant fact-checks is put in the cluster of the first one listed in
 * the qrels file (all CheckThat! judgements have relevance 1, so there is no "most relevant"); the
 * summary counts such tweets. Tweets alone in their gold cluster stay in: they test precision.
 * Tweets are fed in query-file order (the data has no timestamps). Methods, all in the same run:
 * {@code near-dup} (MinHash/LSH only), {@code near-dup+embedding} (plus sentence vectors), {@code
 * baseline-tfidf-cosine} ({@link TfidfCosineClusterer}) and, for scale, {@code
 * reference-singletons} (every tweet alone).
 */
public final class NarrativeEvalJob {
  private final PrintStream log;

  public NarrativeEvalJob(PrintStream log) {
    this.log = log;
  }

  /**
   * Result of a run.
   *
   * @param tweets tweets clustered
   * @param multiLabel tweets with more than one relevant fact-check
   * @param byMethod scores per method, in report order
   * @param grid when tuning: "method threshold(s)" → scores, in grid order; else empty
   * @param queryStats how the query file read
   */
  public record Summary(int tweets, int multiLabel, Map<String, ClusteringMetrics.Scores> byMethod,
      Map<String, ClusteringMetrics.Scores> grid, ReadStats queryStats) {}

  /**
   * @throws NoSuchFileException if the split's files are missing
   * @throws org.factdesk.eval.InvalidQrelsException if the qrels are malformed
   */
  public Summary run(NarrativeEvalConfig config, Quarantine quarantine) throws IOException {
    for (Path p : List.of(config.queries(), config.qrels())) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString(), null, "CheckThat! " + config.year() + " " + config.split() + " file missing");
      }
    }
    Qrels qrels = Qrels.read(config.qrels());
    List<Post> tweets = new ArrayList<>();
    ReadStats stats = new CheckThatQueriesReader().read(config.queries(), p -> {
      if (!qrels.relevant(p.id()).isEmpty()) {
        tweets.add(p);
      }
    }, quarantine);
    Map<String, String> gold = new LinkedHashMap<>();
    int multi = 0;
    for (Post t : tweets) {
      Set<String> rel = qrels.relevant(t.id());
      gold.put(t.id(), rel.iterator().next());
      multi += rel.size() > 1 ? 1 : 0;
    }
    log.printf(Locale.ROOT, "%s: %s; %d tweets with qrels, %d gold clusters, %d with several fact-checks%n",
        config.queries(), stats, tweets.size(), Set.copyOf(gold.values()).size(), multi);
    List<String> texts = tweets.stream().map(Post::text).toList();
    List<float[]> vectors;
    try (SentenceEncoder encoder = Encoders.open(config.modelDir())) {
      long t0 = System.nanoTime();
      vectors = encoder.encodeBatch(texts);
      log.printf(Locale.ROOT, "encoded %d tweets with %s in %.1f s%n", texts.size(), encoder.id(), (System.nanoTime() - t0) / 1e9);
    }
    Map<String, ClusteringMetrics.Scores> byMethod = new LinkedHashMap<>();
    byMethod.put("near-dup", ours(tweets, null, config.nearDuplicate(), 1.0, gold));
    byMethod.put("near-dup+embedding", ours(tweets, vectors, config.nearDuplicate(), config.paraphrase(), gold));
    byMethod.put("baseline-tfidf-cosine", tfidf(tweets, config.tfidf(), gold));
    Map<String, String> alone = new LinkedHashMap<>();
    gold.keySet().forEach(id -> alone.put(id, id));
    byMethod.put("reference-singletons", ClusteringMetrics.evaluate(gold, alone));
    Map<String, ClusteringMetrics.Scores> grid = new LinkedHashMap<>();
    if (config.tune()) {
      for (int i = 2; i <= 9; i++) {
        double near = i / 10.0;
        grid.put(String.format(Locale.ROOT, "near-dup %.2f", near), ours(tweets, null, near, 1.0, gold));
      }
      for (int i = 10; i <= 18; i++) {
        double para = i / 20.0;
        grid.put(String.format(Locale.ROOT, "near-dup+embedding %.2f %.2f", config.nearDuplicate(), para),
            ours(tweets, vectors, config.nearDuplicate(), para, gold));
      }
      for (int i = 2; i <= 16; i++) {
        double t = i / 20.0;
        grid.put(String.format(Locale.ROOT, "baseline-tfidf-cosine %.2f", t), tfidf(tweets, t, gold));
      }
    }
    return new Summary(tweets.size(), multi, byMethod, grid, stats);
  }

  private static ClusteringMetrics.Scores ours(List<Post> tweets, List<float[]> vectors, double near, double para,
      Map<String, String> gold) {
    NarrativeClusterer clusterer = new NarrativeClusterer(ClustererSettings.defaults().withThresholds(near, para));
    Map<String, String> predicted = new LinkedHashMap<>();
    for (int i = 0; i < tweets.size(); i++) {
      Post t = tweets.get(i);
      predicted.put(t.id(), clusterer.assign(t, vectors == null ? null : vectors.get(i)));
    }
    return ClusteringMetrics.evaluate(gold, predicted);
  }

  private static ClusteringMetrics.Scores tfidf(List<Post> tweets, double threshold, Map<String, String> gold) {
    int[] c = TfidfCosineClusterer.cluster(tweets.stream().map(Post::text).toList(), threshold);
    Map<String, String> predicted = new LinkedHashMap<>();
    for (int i = 0; i < tweets.size(); i++) {
      predicted.put(tweets.get(i).id(), Integer.toString(c[i]));
    }
    return ClusteringMetrics.evaluate(gold, predicted);
  }
}
