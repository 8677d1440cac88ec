package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factdesk.claims.CheckWorthinessFeatures;
import org.factdesk.claims.CheckWorthinessScorer;
import org.factdesk.claims.CheckWorthinessSplit;
import org.factdesk.claims.LearnedCheckWorthinessScorer;
import org.factdesk.claims.LabelledSentence;
import org.factdesk.claims.RuleBaselineScorer;
import org.factdesk.ingest.CollectingQuarantine;
import org.factdesk.pipeline.CheckWorthinessCorpus;
import org.factdesk.pipeline.CheckWorthinessEvalJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factdesk eval-checkworthiness}: the learned scorer beside the rule baseline on one split. */
@Command(name = "eval-checkworthiness", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {
      "Evaluate check-worthiness on one split, the learned model beside a rule baseline.",
      "The baseline: \"a number or a named entity, and no question mark, interrogative, opinion or complaint cue\".",
      "",
      "Prints precision/recall/F1 of 'check-worthy' at each scorer's threshold and the average precision of",
      "the ranking by score, overall and per language, MAP (mean of the en and vi APs), and the share of each",
      "source the scorers flag. Report on dev-test only; the threshold was chosen on dev."})
public final class EvalCheckWorthinessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DatasetsOption datasets;

  @Option(names = "--split", paramLabel = "NAME", defaultValue = "dev-test",
      description = "train, dev or dev-test (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--model", paramLabel = "FILE",
      description = "Model file (default: $FACTDESK_CHECKWORTHINESS, else the bundled model).")
  Path model;

  @Override
  public Integer call() throws Exception {
    CheckWorthinessSplit which = CheckWorthinessSplit.parse(split);
    CollectingQuarantine q = new CollectingQuarantine();
    List<LabelledSentence> sentences = CheckWorthinessCorpus.load(datasets.datasets, q).split(which);
    CheckWorthinessScorer learned = model != null ? LearnedCheckWorthinessScorer.fromFile(model)
        : LearnedCheckWorthinessScorer.standard();
    CheckWorthinessEvalJob.Summary s = new CheckWorthinessEvalJob()
        .run(sentences, List.of(learned, new RuleBaselineScorer(CheckWorthinessFeatures.standard())));
    print(spec.commandLine().getOut(), which, s);
    return Rejections.report(q);
  }

  static void print(PrintWriter out, CheckWorthinessSplit split, CheckWorthinessEvalJob.Summary s) {
    out.printf(Locale.ROOT, "check-worthiness, split %s; thresholds:", split.label());
    s.thresholds().forEach((name, t) -> out.printf(Locale.ROOT, " %s %.2f", name, t));
    out.println();
    out.printf(Locale.ROOT, "%-15s %-5s %7s %6s %9s %7s %7s %7s %9s%n", "scorer", "group", "claims", "other", "precision",
        "recall", "F1", "AP", "random AP");
    for (CheckWorthinessEvalJob.Row r : s.rows()) {
      double share = r.claims() / (double) Math.max(1, r.claims() + r.others());
      out.printf(Locale.ROOT, "%-15s %-5s %7d %6d %9.4f %7.4f %7.4f %7.4f %9.4f%n", r.scorer(), r.group(), r.claims(),
          r.others(), r.precision(), r.recall(), r.f1(), r.averagePrecision(), share);
    }
    out.println("(random AP: the expected AP of a random ranking, i.e. the share of claims; precision is high"
        + " partly because claims outnumber non-claims)");
    out.print("MAP (mean of the en and vi APs):");
    s.meanAveragePrecision().forEach((name, m) -> out.printf(Locale.ROOT, " %s %.4f", name, m));
    out.println();
    out.println("share flagged check-worthy, by source (recall for claim sources, false-positive rate for non-claims):");
    for (CheckWorthinessEvalJob.SourceRow r : s.sources()) {
      out.printf(Locale.ROOT, "  %-16s %4d claims %4d other:", r.source(), r.claims(), r.others());
      for (Map.Entry<String, Double> e : s.thresholds().entrySet()) {
        out.printf(Locale.ROOT, " %s %.4f", e.getKey(), r.flagged().get(e.getKey()));
      }
      out.println();
    }
    out.flush();
  }
}
