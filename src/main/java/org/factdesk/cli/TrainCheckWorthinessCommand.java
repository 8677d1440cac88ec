package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factdesk.ingest.CollectingQuarantine;
import org.factdesk.pipeline.CheckWorthinessTrainJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factdesk train-checkworthiness}: train the check-worthiness model, threshold on dev. */
@Command(name = "train-checkworthiness", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {
      "Train the check-worthiness model (logistic regression over interpretable features and hashed n-grams).",
      "",
      "Positives: CheckThat! 2022 Task 2A tweets with a qrel (official train/dev split) and their Snopes",
      "claims (train), VFND titles and leads (hashed split). Negatives: the hand-written non-claims in",
      "src/main/resources/claims/. Trains on train, picks the threshold with the best balanced accuracy on",
      "dev and writes FILE plus FILE's .properties beside it. The bundled model was made with:",
      "  factdesk train-checkworthiness --out src/main/resources/claims/checkworthiness.tribuo",
      "Use another model with FACTDESK_CHECKWORTHINESS=FILE."})
public final class TrainCheckWorthinessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DatasetsOption datasets;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model (.tribuo).")
  Path out;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "13", description = "Training seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    CollectingQuarantine q = new CollectingQuarantine();
    CheckWorthinessTrainJob.Summary s = new CheckWorthinessTrainJob(System.err).run(datasets.datasets, out, seed, q);
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "trained on %d sentences (%d examples, %d check-worthy); threshold %.2f, dev P %.4f R %.4f "
        + "F1 %.4f on %d sentences: %s%n", s.trainSentences(), s.trainExamples(), s.trainPositives(), s.threshold(),
        s.dev().precision(), s.dev().recall(), s.dev().f1(), s.devSentences(), out);
    w.flush();
    return Rejections.report(q);
  }
}
