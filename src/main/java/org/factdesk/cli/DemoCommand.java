package org.factdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factdesk.eval.Qrels;
import org.factdesk.match.Retrieval;
import org.factdesk.pipeline.MainJob;
import org.factdesk.pipeline.MatchingSettings;
import org.factdesk.pipeline.RunConfig;
import org.factdesk.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code factdesk demo}: the main job on the real sample bundled in the jar (262 CheckThat! 2022
 * tweets, 1,143 Snopes fact-checks; see {@code src/main/resources/demo/README.md}), in a fresh data
 * directory, then a line checking its top-1 accuracy against the sample's gold. The tweets' dates
 * come from their embedded signatures ({@link DemoPosts}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {
      "Run the main job on a small real sample shipped with factdesk.",
      "",
      "262 CheckThat! 2022 tweets and 1,143 Snopes fact-checks; writes OUT/matches.jsonl and",
      "OUT/narratives.jsonl and OUT/report.html and checks the best matches against the sample's gold.",
      "Tweet dates are read from each embedded tweet's signature (day precision)."})
public final class DemoCommand implements Callable<Integer> {
  private static final List<String> FILES = List.of("posts.tsv", "factchecks.jsonl", "qrels.tsv", "README.md");
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "factdesk-demo",
      description = "Output directory (default: ${DEFAULT-VALUE}); the sample is copied to DIR/input.")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path input = out.resolve("input");
    Files.createDirectories(input);
    for (String f : FILES) {
      try (InputStream in = DemoCommand.class.getResourceAsStream("/demo/" + f)) {
        if (in == null) {
          throw new IOException("demo sample missing from the build: /demo/" + f);
        }
        Files.copy(in, input.resolve(f), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path dataDir = out.resolve("data");
    org.factdesk.pipeline.IndexOpener.deleteIndex(dataDir);
    // the tweets' own dates from their embedded signatures, so the report can draw narrative timelines
    long[] dated = DemoPosts.withDates(input.resolve("posts.tsv"), input.resolve("posts.jsonl"));
    System.err.println("demo: " + dated[1] + " of " + dated[0]
        + " tweets dated from their embedded signature (day precision)");
    RunConfig config = new RunConfig(List.of(input.resolve("posts.jsonl")), List.of(input.resolve("factchecks.jsonl")),
        out, dataDir, 5, false, Runtime.getRuntime().availableProcessors(), System.console() != null, Retrieval.HYBRID,
        null);
    RunSummary summary = new MainJob(MatchingSettings.defaults(), System.err).run(config);
    PrintWriter o = spec.commandLine().getOut();
    RunSummaryPrinter.print(summary, o);
    printAccuracy(summary, Qrels.read(input.resolve("qrels.tsv")), o);
    o.println("open " + summary.reportFile() + " in a browser to see the report.");
    o.flush();
    return summary.invalidInput() ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }

  /** Top-1 accuracy over the posts that have gold, read back from matches.jsonl. */
  private static void printAccuracy(RunSummary summary, Qrels qrels, PrintWriter o) throws IOException {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    int withGold = 0;
    int correct = 0;
    for (String line : Files.readAllLines(summary.matchesFile())) {
      var node = json.readTree(line);
      String id = node.get("post_id").asText();
      if (!qrels.queryIds().contains(id)) {
        continue;
      }
      withGold++;
      var matches = node.get("matches");
      if (matches.size() > 0 && qrels.relevant(id).contains(matches.get(0).get("fact_check_id").asText())) {
        correct++;
      }
    }
    o.printf(Locale.ROOT, "check: the best match is the right fact-check for %d of %d posts with known gold (%.1f%%)%n",
        correct, withGold, withGold == 0 ? 0.0 : 100.0 * correct / withGold);
  }
}
