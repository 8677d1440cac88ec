package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdesk status} and {@code factdesk index migrate} without a cluster. */
class StatusCommandTest {
  @TempDir Path tmp;

  @Test
  void statusOfAnEmbeddedIndexNamesKindLocationCountAndVectors() throws Exception {
    Path data = tmp.resolve("data");
    Path fcs = tmp.resolve("fc.jsonl");
    Files.writeString(fcs, "{\"vclaim_id\": \"v1\", \"vclaim\": \"Vaccines cause autism\", \"title\": \"No\"}\n"
        + "{\"vclaim_id\": \"v2\", \"vclaim\": \"5G spreads the virus\", \"title\": \"No\"}\n");
    Path posts = tmp.resolve("posts.tsv");
    Files.writeString(posts, "p1\tvaccines cause autism say they\n");
    CliRun run = CliRun.of("run", "--posts", posts.toString(), "--factchecks", fcs.toString(), "--out",
        tmp.resolve("out").toString(), "--data-dir", data.toString(), "--retriever", "bm25");
    assertThat(run.exitCode()).as(run.err()).isZero();
    CliRun status = CliRun.of("status", "--data-dir", data.toString());
    assertThat(status.exitCode()).as(status.err()).isZero();
    assertThat(status.out()).contains("backend: embedded lucene", "location: " + data.resolve("index").toAbsolutePath(),
        "documents: 2", "dense vectors: none (lexical-only index)");
  }

  @Test
  void statusOfAMissingIndexSaysSo() {
    CliRun status = CliRun.of("status", "--data-dir", tmp.resolve("nothing").toString());
    assertThat(status.exitCode()).isZero();
    assertThat(status.out()).contains("documents: 0 (no index yet)");
  }

  @Test
  void aBadIndexUrlIsInvalidInputNamingTheOption() {
    CliRun status = CliRun.of("status", "--index-url", "localhost:9200");
    assertThat(status.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(status.err()).contains("--index-url");
  }

  @Test
  void migratingFromADirectoryWithoutIndexIsInvalidInput() {
    CliRun m = CliRun.of("index", "migrate", "--from", tmp.toString(), "--to", "http://127.0.0.1:9200");
    assertThat(m.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(m.err()).contains("--from", "no fact-check index");
  }
}
