package org.factdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.match.Retrieval;
import org.factdesk.pipeline.MainJob;
import org.factdesk.pipeline.MatchingSettings;
import org.factdesk.pipeline.RunConfig;
import org.factdesk.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factdesk run}: the main job. */
@Command(name = "run", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {
      "The main job: index fact-checks, match every post, write matches and a report.",
      "",
      "Writes OUT/matches.jsonl (one line per post: top-k fact-checks, scores, confidence band),",
      "OUT/report.html and, if records were rejected, OUT/quarantine.jsonl.",
      "Posts: CheckThat! query .tsv, generic .jsonl/.ndjson and .csv (header row; CrowdTangle exports",
      "recognised), Telegram export .json, RSS/Atom .rss/.atom/.xml, HTML article pages .html/.htm.",
      "Fact-checks: CheckThat! 2020 verified_claims .tsv, 2022 vclaims .jsonl or a directory of",
      "vclaim .json files, ClaimReview JSON-LD (.json/.jsonld), HTML with ld+json scripts, Google",
      "Fact Check Tools claims:search JSON. Exit code 2 if any record was rejected (the good",
      "records are still processed)."})
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataDirOption dataDir;
  @Mixin IndexUrlOption indexUrl;
  @Mixin EncodingOption encoding;

  @Option(names = "--posts", paramLabel = "FILE", arity = "1..*", required = true, description = "Post files to match.")
  List<Path> posts = new ArrayList<>();

  @Option(names = "--factchecks", paramLabel = "FILE", arity = "1..*",
      description = "Fact-check files or directories to add to the index (same id or url replaces).")
  List<Path> factChecks = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory (created).")
  Path out;

  @Option(names = "--top-k", paramLabel = "N", defaultValue = "5", description = "Matches per post (default: ${DEFAULT-VALUE}).")
  int topK;

  @Option(names = "--threads", paramLabel = "N", description = "Matching threads (default: number of cores).")
  Integer threads;

  @Option(names = "--retriever", paramLabel = "MODE", defaultValue = "hybrid", converter = RetrievalConverter.class,
      description = "bm25, dense, hybrid-rrf, hybrid-wsf or hybrid (default: ${DEFAULT-VALUE}: BM25 + sentence embeddings, fused and reranked).")
  Retrieval retrieval;

  @Option(names = "--model-dir", paramLabel = "DIR",
      description = "Sentence-transformers ONNX export (model.onnx + tokenizer.json), e.g. a multilingual model "
          + "for Vietnamese-English; default: the bundled all-MiniLM-L6-v2.")
  Path modelDir;

  @Option(names = "--rebuild-index", description = "Re-analyse the stored fact-checks if the analyzer changed.")
  boolean rebuildIndex;

  @Override
  public Integer call() throws Exception {
    RunConfig config = new RunConfig(posts, factChecks, out, dataDir.dataDir, topK, rebuildIndex,
        threads == null ? Runtime.getRuntime().availableProcessors() : threads, System.console() != null, retrieval,
        modelDir, encoding.encoding(), indexUrl.url());
    RunSummary summary = new MainJob(MatchingSettings.defaults(), System.err).run(config);
    RunSummaryPrinter.print(summary, spec.commandLine().getOut());
    return summary.invalidInput() ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }
}
