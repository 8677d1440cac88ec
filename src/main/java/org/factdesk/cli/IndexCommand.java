package org.factdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdesk.pipeline.MatchingSettings;
import org.factdesk.pipeline.MigrateJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factdesk index}: operations on the fact-check index itself. */
@Command(name = "index", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = "Operations on the fact-check index.",
    subcommands = {IndexCommand.Migrate.class})
public final class IndexCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code factdesk index migrate --from DATA_DIR --to URL}. */
  @Command(name = "migrate", mixinStandardHelpOptions = true, usageHelpWidth = 100,
      description = {
        "Copy the embedded fact-check index of a data directory into an OpenSearch cluster (alias",
        "factdesk-factchecks): every stored fact-check, re-analysed into the same terms, with its",
        "stored sentence vector (not re-encoded). Ends with a count check: exit 3 when the cluster",
        "does not hold exactly the embedded index's fact-checks (e.g. it already held others)."})
  public static final class Migrate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATA_DIR", required = true, description = "Data directory holding index/.")
    Path from;

    @Option(names = "--to", paramLabel = "URL[,URL...]", required = true,
        description = "OpenSearch node URLs, e.g. http://host:9200,http://host2:9200.")
    String to;

    @Override
    public Integer call() throws Exception {
      MigrateJob.Result r = new MigrateJob(MatchingSettings.defaults(), System.err).run(from, to, System.console() != null);
      spec.commandLine().getOut().println("migrated: embedded=" + r.embedded() + " copied=" + r.copied() + " vectors="
          + r.vectors() + " cluster=" + r.cluster());
      spec.commandLine().getOut().flush();
      if (!r.countsMatch()) {
        spec.commandLine().getErr().println("factdesk: count mismatch: the cluster holds " + r.cluster()
            + " fact-checks, the embedded index " + r.embedded());
        return ExitCodes.UNEXPECTED_STATE;
      }
      return ExitCodes.OK;
    }
  }
}
