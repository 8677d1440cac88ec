package org.factdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdesk.eval.FeedbackExport;
import org.factdesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factdesk export-feedback}: the desk's accept/reject decisions as queries + qrels. */
@Command(name = "export-feedback", mixinStandardHelpOptions = true,
    description = {"Write the desk's accept/reject decisions on suggested matches as queries + qrels.",
        "OUT/feedback-queries.tsv (post-<seq> TAB text) and OUT/feedback-qrels.tsv (TREC qrels, rel 1 accepted,",
        "0 rejected), for `factdesk eval --collection ... --queries ... --qrels ...`."})
public final class ExportFeedbackCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataDirOption dataDir;

  @Option(names = "--db-url", paramLabel = "JDBC_URL",
      description = "Database (default: the data directory's embedded H2 file).")
  String dbUrl;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "feedback",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    try (Database db = Database.open(dbUrl != null ? dbUrl : Database.embeddedUrl(dataDir.dataDir))) {
      FeedbackExport.Counts c = FeedbackExport.write(db, out);
      spec.commandLine().getOut().printf("export-feedback: queries=%d judgements=%d accepted=%d rejected=%d "
          + "skipped=%d -> %s%n", c.queries(), c.judgements(), c.accepted(), c.judgements() - c.accepted(),
          c.skipped(), out);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
