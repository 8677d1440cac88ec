package org.factdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdesk.pipeline.BenchJob;
import org.factdesk.pipeline.MatchingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factdesk bench}: speed and memory of matching, beside the baseline, as a Markdown table. */
@Command(name = "bench", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {
      "Benchmark indexing and matching speed and memory, beside the baseline.",
      "",
      "Measures indexing throughput, per-post match latency (p50/p99, one thread, after a warm-up",
      "pass), multi-threaded matching throughput and sampled peak heap, for factdesk's matcher and",
      "the StandardAnalyzer BM25 baseline in the same run; prints a Markdown table to record in",
      "docs/benchmarks.md with the machine and command.",
      "With --index-url: the BM25 path on the embedded index beside the same on the OpenSearch",
      "cluster (bulk indexing fact-checks/s, match latency p50/p99, throughput); no hybrid or baseline rows."})
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataDirOption dataDir;
  @Mixin IndexUrlOption indexUrl;

  @Option(names = "--collection", paramLabel = "FILE", required = true, description = "Fact-check collection.")
  Path collection;

  @Option(names = "--queries", paramLabel = "FILE", required = true, description = "Posts to match.")
  Path queries;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "5", description = "Repetitions (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for throughput (default: number of cores).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be >= 1, got " + repeat);
    }
    BenchJob.Result r = new BenchJob(MatchingSettings.defaults(), System.err).run(new BenchJob.Config(
        collection, queries, dataDir.dataDir, repeat, threads == null ? Runtime.getRuntime().availableProcessors() : threads, indexUrl.url()));
    spec.commandLine().getOut().print(r.markdown());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
