package org.factdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdesk.ingest.QuarantineFile;
import org.factdesk.pipeline.MatchingSettings;
import org.factdesk.pipeline.RerankerTrainJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factdesk train-reranker}: train the learned reranker on train qrels. */
@Command(name = "train-reranker", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {
      "Train the hybrid matcher's reranker (logistic regression over retrieval features).",
      "",
      "Give TRAIN qrels only. The bundled model was trained with:",
      "  factdesk train-reranker --collection $D/vclaims.jsonl --queries $D/CT2022-Task2A-EN-Train-Dev_Queries.tsv \\\\",
      "    --qrels $D/CT2022-Task2A-EN-Train_QRELs.tsv --out src/main/resources/match/reranker-hybrid.tribuo",
      "Use another model with FACTDESK_RERANKER=FILE (e.g. after training with your own --model-dir)."})
public final class TrainRerankerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataDirOption dataDir;

  @Option(names = "--collection", paramLabel = "FILE", required = true, description = "Fact-check collection.")
  Path collection;

  @Option(names = "--queries", paramLabel = "FILE", required = true, description = "Queries.")
  Path queries;

  @Option(names = "--qrels", paramLabel = "FILE", required = true, description = "Train qrels.")
  Path qrels;

  @Option(names = "--model-dir", paramLabel = "DIR", description = "Sentence encoder (default: bundled MiniLM).")
  Path modelDir;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model.")
  Path out;

  @Override
  public Integer call() throws Exception {
    try (QuarantineFile q = new QuarantineFile(dataDir.dataDir.resolve("train-quarantine.jsonl"), System.err)) {
      int[] counts = new RerankerTrainJob(MatchingSettings.defaults(), System.err)
          .run(collection, queries, qrels, modelDir, dataDir.dataDir, out, q);
      spec.commandLine().getOut().println("trained on " + counts[0] + " candidates (" + counts[1] + " relevant): " + out);
      return q.rejected() > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }
  }
}
