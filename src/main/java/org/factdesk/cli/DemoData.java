package org.factdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.factdesk.ingest.TextEncoding;
import org.factdesk.match.Retrieval;
import org.factdesk.pipeline.IngestConfig;
import org.factdesk.pipeline.IngestCounts;
import org.factdesk.pipeline.IngestJob;
import org.factdesk.pipeline.MatchingSettings;

/**
 * Loads the bundled demo sample (the 1,143 Snopes fact-checks and 262 CheckThat! tweets of
 * {@code factdesk demo}) into a data directory through the normal ingest path, so posts are stored,
 * indexed and matched (top 3, BM25) exactly as {@code factdesk ingest} would. Used by
 * {@code factdesk serve} on an empty database.
 */
final class DemoData {
  private DemoData() {}

  /**
   * Copies the sample to {@code <dataDir>/demo-input/} and ingests it.
   *
   * @param dbUrl the database URL the server uses
   * @param indexUrl the OpenSearch cluster holding the fact-check index, or null for the embedded one
   * @param retrieval how the sample's posts are matched (and whether fact-checks get sentence vectors)
   * @param modelDir the sentence encoder, or null for the bundled one
   * @param log ingest progress
   * @return the ingest counts
   */
  static IngestCounts load(Path dataDir, String dbUrl, String indexUrl, Retrieval retrieval, Path modelDir,
      PrintStream log) throws IOException, InterruptedException {
    Path input = dataDir.resolve("demo-input");
    Files.createDirectories(input);
    for (String f : List.of("posts.tsv", "factchecks.jsonl")) {
      try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + f)) {
        if (in == null) {
          throw new IOException("demo sample missing from the build: /demo/" + f);
        }
        Files.copy(in, input.resolve(f), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    DemoPosts.withDates(input.resolve("posts.tsv"), input.resolve("posts.jsonl"));
    Files.delete(input.resolve("posts.tsv"));
    IngestConfig config = new IngestConfig(
        List.of(input.resolve("factchecks.jsonl").toString(), input.resolve("posts.jsonl").toString()), null, dataDir,
        dbUrl, false, Duration.ofSeconds(60), 0, retrieval, modelDir, 3,
        Math.max(1, Runtime.getRuntime().availableProcessors()), 1000, false, TextEncoding.AUTO, indexUrl);
    try (IngestJob job = IngestJob.open(config, MatchingSettings.defaults(), log, Clock.systemUTC())) {
      return job.run();
    }
  }
}
