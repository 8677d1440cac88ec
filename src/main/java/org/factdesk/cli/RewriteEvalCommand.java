package org.factdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.ingest.QuarantineFile;
import org.factdesk.pipeline.MatchingSettings;
import org.factdesk.pipeline.RewriteEvalJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factdesk eval-rewrites}: Vietnamese claim matching under the ways people type. */
@Command(name = "eval-rewrites", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {
      "Evaluate matching of Vietnamese statements rewritten the ways people post them.",
      "",
      "Indexes every statement of --statements as a fact-check, rewrites each statement of",
      "--queries-from (no diacritics, NFD, other tone placement, teencode, decorated, truncated,",
      "mixed) and reports P@1 and MAP@5 per kind, ours beside StandardAnalyzer BM25."})
public final class RewriteEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataDirOption dataDir;

  @Option(names = "--statements", paramLabel = "FILE", arity = "1..*", required = true,
      description = "Statement files (CSV with a content/text column, JSONL or TSV), all indexed.")
  List<Path> statements = new ArrayList<>();

  @Option(names = "--queries-from", paramLabel = "FILE", arity = "1..*", required = true,
      description = "Files whose statements are rewritten into queries.")
  List<Path> queriesFrom = new ArrayList<>();

  @Option(names = "--seed", paramLabel = "N", defaultValue = "20261129", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    List<RewriteEvalJob.Row> rows;
    try (QuarantineFile q = new QuarantineFile(dataDir.dataDir.resolve("eval-quarantine.jsonl"), System.err)) {
      rows = new RewriteEvalJob(MatchingSettings.defaults(), System.err).run(statements, queriesFrom, dataDir.dataDir, seed, q);
      spec.commandLine().getOut().print(RewriteEvalJob.format(rows));
      spec.commandLine().getOut().flush();
      return q.rejected() > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }
  }
}
