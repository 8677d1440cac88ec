package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests for problems a newcomer found by feeding factdesk bad input. */
class BadInputTest {
  @TempDir Path tmp;
  Path factChecks;

  @BeforeEach
  void fixtures() throws Exception {
    factChecks = tmp.resolve("fc.jsonl");
    Files.writeString(factChecks,
        "{\"vclaim_id\": \"vclaim-1\", \"vclaim\": \"Drinking bleach cures COVID-19.\", \"title\": \"Bleach\"}\n");
  }

  private CliRun run(Path posts, Path out) {
    return CliRun.of("run", "--posts", posts.toString(), "--factchecks", factChecks.toString(), "--out", out.toString(),
        "--data-dir", tmp.resolve("data").toString());
  }

  @Test
  void quarantineNeverKeepsRawAuthorHandles() throws Exception {
    Path csv = tmp.resolve("p.csv");
    Files.writeString(csv, "id,text,author\n1,bleach cures covid,zq_handle_alpha\n2,too,many,zq_handle_beta\n,,zq_handle_gamma\n");
    Path jsonl = tmp.resolve("p.jsonl");
    Files.writeString(jsonl, "{\"id\":\"\",\"text\":\"x\",\"user_name\":\"zq_handle_delta\"}\n{\"id\":\"3\",\"handle\":\"zq_handle_eta\", broken\n");
    CliRun r = CliRun.of("run", "--posts", csv.toString(), jsonl.toString(), "--factchecks", factChecks.toString(), "--out",
        tmp.resolve("out").toString(), "--data-dir", tmp.resolve("data").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    String quarantine = Files.readString(tmp.resolve("out/quarantine.jsonl"));
    assertThat(quarantine.lines()).hasSize(4);
    assertThat(quarantine).doesNotContain("zq_handle").contains("[author redacted]");
    assertThat(r.out() + r.err()).doesNotContain("zq_handle");
  }

  @Test
  void handlesInsideARejectedRecordsTextAreMaskedInQuarantine() throws Exception {
    Path tsv = tmp.resolve("p.tsv");
    Files.writeString(tsv, "t1\tbleach cures covid\nt2\n\t@zq_handle_omega says bleach cures covid\n");
    run(tsv, tmp.resolve("out"));
    String quarantine = Files.readString(tmp.resolve("out/quarantine.jsonl"));
    assertThat(quarantine.lines()).hasSize(2);
    assertThat(quarantine).doesNotContain("zq_handle").contains("@… says bleach cures covid");
  }

  @Test
  void aHeaderRowNamedIdTextIsNotAPost() throws Exception {
    Path tsv = tmp.resolve("p.tsv");
    Files.writeString(tsv, "id\ttext\nt1\tDrinking bleach cures covid, my aunt says\n");
    CliRun r = run(tsv, tmp.resolve("out"));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    List<String> lines = Files.readAllLines(tmp.resolve("out/matches.jsonl"));
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("{\"post_id\":\"t1\"");
  }

  @Test
  void anEmptyPostFileIsInvalidInput() throws Exception {
    Path empty = tmp.resolve("empty.csv");
    Files.writeString(empty, "");
    CliRun r = run(empty, tmp.resolve("out"));
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("warning: " + empty + ": no records");
    assertThat(r.out()).contains("empty input: " + empty + " (no records)");
  }

  @Test
  void anOutputPathThatIsAFileGetsAClearMessage() throws Exception {
    Path posts = tmp.resolve("p.tsv");
    Files.writeString(posts, "t1\tbleach\n");
    Path file = tmp.resolve("afile");
    Files.writeString(file, "x");
    CliRun r = run(posts, file);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err().strip()).isEqualTo("factdesk: cannot create output directory " + file + ": a file of that name exists");
  }

  @Test
  void utf16InputIsRead() throws Exception {
    Path csv = tmp.resolve("u16.csv");
    Files.write(csv, "id,text\n1,bleach\n".getBytes(StandardCharsets.UTF_16));
    CliRun r = run(csv, tmp.resolve("out"));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readAllLines(tmp.resolve("out/matches.jsonl"))).singleElement().asString()
        .startsWith("{\"post_id\":\"1\"");
  }

  @Test
  void handlesQuotedInPostTextAreMaskedInOutputs() throws Exception {
    Path tsv = tmp.resolve("p.tsv");
    Files.writeString(tsv, "t1\tDrinking bleach cures covid — Jane (@jane_doe99) May 1, 2020\n");
    run(tsv, tmp.resolve("out"));
    assertThat(Files.readString(tmp.resolve("out/matches.jsonl"))).doesNotContain("jane_doe99").contains("(@…)");
    assertThat(Files.readString(tmp.resolve("out/report.html"))).doesNotContain("jane_doe99");
  }

  @Test
  void evalWithQrelsForOtherQueriesSaysSo() throws Exception {
    Path queries = tmp.resolve("q.tsv");
    Files.writeString(queries, "q1\tbleach\n");
    Path qrels = tmp.resolve("qrels");
    Files.writeString(qrels, "other\t0\tvclaim-1\t1\n");
    CliRun r = CliRun.of("eval", "--collection", factChecks.toString(), "--queries", queries.toString(), "--qrels",
        qrels.toString(), "--data-dir", tmp.resolve("data").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("factdesk: none of the 1 queries in " + qrels + " is in " + queries);
  }

  @Test
  void unknownRegressionListsTheBundledOnes() {
    CliRun r = CliRun.of("eval", "--regression", "nosuch");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err().strip()).startsWith("factdesk: no regression spec named 'nosuch'; bundled: "
        + "[clef2020-task2-en-test, clef2022-task2a-en-devtest").endsWith("] or 'all'");
  }

  @Test
  void aWrongRoleFileDoesNotFloodTheLog() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      many.append("{\"id\":\"").append(i).append("\"}\n");
    }
    Path posts = tmp.resolve("p.jsonl");
    Files.writeString(posts, many);
    CliRun r = run(posts, tmp.resolve("out"));
    assertThat(r.err().lines().filter(l -> l.startsWith("rejected: "))).hasSize(20);
    assertThat(r.err()).contains(posts + ": more than 20 problems; the rest are only in ");
    assertThat(Files.readAllLines(tmp.resolve("out/quarantine.jsonl"))).hasSize(50);
  }
}
