package org.factdesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.factdesk.match.Retrieval;
import org.factdesk.pipeline.IngestConfig;
import org.factdesk.pipeline.IngestCounts;
import org.factdesk.pipeline.HeapSampler;
import org.factdesk.pipeline.IngestJob;
import org.factdesk.pipeline.MatchingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factdesk ingest}: store posts and fact-checks from files, directories, globs and feeds. */
@Command(name = "ingest", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {
      "Store posts and fact-checks in the data directory, deduplicated, and match each new post.",
      "Each new post is matched against the fact-check index; --watch keeps polling feeds and folders.",
      "",
      "PATH is a file, a directory (read recursively; hidden files and *.tmp/*.part skipped) or a",
      "glob such as 'exports/**/*.csv' (quote it). Formats are told by extension and content:",
      "posts from generic .jsonl/.ndjson/.csv (column names as in the README), CrowdTangle CSV",
      "exports, Telegram Desktop .json exports, RSS/Atom .rss/.atom/.xml, HTML news pages; fact-",
      "checks from ClaimReview .json/.jsonld/.html and CheckThat! vclaims. Fact-check inputs are read",
      "before posts so new posts are matched against them.",
      "",
      "Guarantees: a post seen again (same canonical URL - utm_*, fbclid, www. and fragments",
      "ignored - or same id in the same source, or the same normalised text) is stored once and",
      "counted as a duplicate (its other appearances are kept as sightings); chain copies that",
      "differ only by emoji, arrows or a link are stored and linked to the first copy. Every",
      "rejected record is kept with input, line and reason in the quarantine table and",
      "DATA-DIR/quarantine.jsonl. Records are committed in batches together with a per-input",
      "checkpoint: after a crash or kill, re-running the same command resumes where the last",
      "commit ended, with no loss and no duplicates; unchanged inputs already read are skipped.",
      "Author handles are replaced by an HMAC-SHA256 with the secret in DATA-DIR/secret.key; the",
      "raw value is never stored, indexed or logged. Everything printed is appended to",
      "DATA-DIR/logs/ingest.log.",
      "",
      "Ends with 'ingest: read=N stored=N duplicate=N rejected=N ...'; exit code 2 if any record",
      "was rejected, 3 if the data directory is in use by another process."})
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataDirOption dataDir;
  @Mixin IndexUrlOption indexUrl;
  @Mixin EncodingOption encoding;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, directories or globs to ingest.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--sources", paramLabel = "FILE",
      description = "Sources file (YAML) listing feeds to poll and paths to read; see the README.")
  Path sources;

  @Option(names = "--db-url", paramLabel = "JDBC_URL",
      description = "Database (default: embedded H2 file DATA-DIR/factdesk.mv.db); e.g. "
          + "jdbc:postgresql://localhost/factdesk (credentials in FACTDESK_DB_USER / FACTDESK_DB_PASSWORD).")
  String dbUrl;

  @Option(names = "--watch", description = "Keep polling the paths and feeds until stopped (Ctrl-C / SIGTERM "
      + "finish the batch in progress first).")
  boolean watch;

  @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
      description = "With --watch: how often paths are re-scanned, e.g. 30s, 5m, PT1H (default: ${DEFAULT-VALUE}). "
          + "Feeds use their own interval from the sources file.")
  Duration interval;

  @Option(names = "--max-polls", paramLabel = "N", defaultValue = "0",
      description = "With --watch: stop after N polls (default: no limit).")
  int maxPolls;

  @Option(names = "--retriever", paramLabel = "MODE", defaultValue = "bm25", converter = RetrievalConverter.class,
      description = "How new posts are matched: bm25 (default, the fast path), dense, hybrid-rrf, hybrid-wsf, hybrid.")
  Retrieval retrieval;

  @Option(names = "--model-dir", paramLabel = "DIR",
      description = "Sentence-transformers ONNX export for dense/hybrid matching (default: bundled all-MiniLM-L6-v2).")
  Path modelDir;

  @Option(names = "--top-k", paramLabel = "N", defaultValue = "3",
      description = "Matches stored per post (default: ${DEFAULT-VALUE}).")
  int topK;

  @Option(names = "--threads", paramLabel = "N", description = "Matching threads (default: number of cores).")
  Integer threads;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "1000",
      description = "Records per commit and checkpoint (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Override
  public Integer call() throws Exception {
    IngestConfig config = new IngestConfig(paths, sources, dataDir.dataDir, dbUrl, watch, interval, maxPolls,
        retrieval, modelDir, topK, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
        batchSize, System.console() != null, encoding.encoding(), indexUrl.url());
    IngestCounts counts;
    CountDownLatch finished = new CountDownLatch(1);
    long t0 = System.nanoTime();
    try (HeapSampler heap = new HeapSampler();
        IngestJob job = IngestJob.open(config, MatchingSettings.defaults(), System.err, Clock.systemUTC())) {
      Thread hook = new Thread(() -> {
        job.requestStop();
        try {
          finished.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "factdesk-ingest-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        counts = job.run();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running: it waits for close() below
        }
      }
      job.close();
      var out = spec.commandLine().getOut();
      out.println("ingest: " + counts);
      double secs = (System.nanoTime() - t0) / 1e9;
      out.printf(java.util.Locale.ROOT, "time: %.1f s (%.0f records/s), peak heap %.0f MiB%n", secs,
          secs > 0 ? counts.read() / secs : 0, heap.peakMiB());
      if (counts.rejected() > 0) {
        out.println("quarantine: " + job.quarantineFile());
      }
      out.flush();
    } finally {
      finished.countDown();
    }
    return counts.rejected() > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }
}
