package org.factdesk.cli;

import java.util.concurrent.Callable;
import org.factdesk.pipeline.IndexStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factdesk status}: which fact-check index a command would use, and its state. */
@Command(name = "status", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {
      "Show the fact-check index: back end, location, size, health and dense-vector mode.",
      "Back end: embedded lucene or opensearch; with a cluster, its health, and whether dense vectors are",
      "searched natively (k-NN) or by the lexical fallback (cosine over the BM25 candidates, no k-NN plugin).",
      "Read-only: safe while an ingest runs."})
public final class StatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataDirOption dataDir;
  @Mixin IndexUrlOption indexUrl;

  @Override
  public Integer call() throws Exception {
    for (String line : IndexStatus.describe(dataDir.dataDir, indexUrl.url())) {
      spec.commandLine().getOut().println(line);
    }
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
