package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factdesk.eval.ClusteringMetrics;
import org.factdesk.ingest.CollectingQuarantine;
import org.factdesk.narratives.ClustererSettings;
import org.factdesk.pipeline.NarrativeEvalConfig;
import org.factdesk.pipeline.NarrativeEvalJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factdesk eval-narratives}: narrative clustering vs CheckThat! gold, ours beside a TF-IDF baseline. */
@Command(name = "eval-narratives", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {
      "Evaluate narrative clustering on CheckThat! tweets (B-cubed F1, adjusted Rand index).",
      "Tweets whose qrels point to the same fact-check form a gold cluster. Prints B-cubed precision/recall/F1 and the adjusted Rand index for ours",
      "(near-dup: MinHash/LSH; near-dup+embedding: plus sentence vectors), a single-pass TF-IDF cosine",
      "baseline and every-tweet-alone, in the same run. Report dev-test; tune (--tune) on train or dev."})
public final class EvalNarrativesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DatasetsOption datasets;

  @Option(names = "--split", paramLabel = "NAME", defaultValue = "dev-test",
      description = "dev-test, dev or train (default: ${DEFAULT-VALUE}; for 2020, dev-test is its test set).")
  String split;

  @Option(names = "--year", paramLabel = "YEAR", defaultValue = "2022", description = "2022 or 2020 (default: ${DEFAULT-VALUE}).")
  int year;

  @Option(names = "--model-dir", paramLabel = "DIR",
      description = "Sentence-transformers ONNX export (model.onnx + tokenizer.json); default: the bundled all-MiniLM-L6-v2.")
  Path modelDir;

  @Option(names = "--near-threshold", paramLabel = "J", description = "MinHash Jaccard threshold (default: the tuned one).")
  Double near;

  @Option(names = "--paraphrase-threshold", paramLabel = "COS", description = "Embedding cosine threshold (default: the tuned one).")
  Double paraphrase;

  @Option(names = "--tfidf-threshold", paramLabel = "COS", defaultValue = "0.20",
      description = "TF-IDF baseline cosine threshold (default: ${DEFAULT-VALUE}, tuned on train).")
  double tfidf;

  @Option(names = "--tune", description = "Also print a threshold grid (train or dev only).")
  boolean tune;

  @Override
  public Integer call() throws Exception {
    ClustererSettings d = ClustererSettings.defaults();
    NarrativeEvalConfig config = new NarrativeEvalConfig(datasets.datasets, year, split, modelDir,
        near == null ? d.nearDuplicate() : near, paraphrase == null ? d.paraphrase() : paraphrase, tfidf, tune);
    CollectingQuarantine q = new CollectingQuarantine();
    NarrativeEvalJob.Summary s = new NarrativeEvalJob(System.err).run(config, q);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "narratives, CheckThat! %d %s: %d tweets (%d with several fact-checks: first one in the qrels"
        + " used); thresholds: near-dup Jaccard %.2f, paraphrase cosine %.2f, tf-idf cosine %.2f%n", config.year(),
        config.split(), s.tweets(), s.multiLabel(), config.nearDuplicate(), config.paraphrase(), config.tfidf());
    print(out, s.byMethod());
    if (!s.grid().isEmpty()) {
      out.println("threshold grid (" + config.split() + "):");
      print(out, s.grid());
    }
    out.flush();
    return Rejections.report(q);
  }

  static void print(PrintWriter out, Map<String, ClusteringMetrics.Scores> rows) {
    out.printf(Locale.ROOT, "%-32s %9s %7s %7s %7s %8s %6s%n", "method", "B3-P", "B3-R", "B3-F1", "ARI", "clusters", "gold");
    rows.forEach((name, r) -> out.printf(Locale.ROOT, "%-32s %9.4f %7.4f %7.4f %7.4f %8d %6d%n", name, r.precision(),
        r.recall(), r.f1(), r.ari(), r.predictedClusters(), r.goldClusters()));
  }
}
