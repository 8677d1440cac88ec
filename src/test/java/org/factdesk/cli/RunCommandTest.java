package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job through the CLI, in-process, on small fixtures built here. */
class RunCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;
  Path factChecks;
  Path posts;
  Path out;
  Path data;

  @BeforeEach
  void fixtures() throws Exception {
    factChecks = tmp.resolve("fc.jsonl");
    Files.writeString(factChecks, String.join("\n",
        "{\"vclaim_id\": \"vclaim-1\", \"vclaim\": \"Drinking bleach cures COVID-19.\", \"title\": \"Does Bleach Cure COVID?\"}",
        "{\"vclaim_id\": \"vclaim-2\", \"vclaim\": \"5G towers spread the coronavirus.\", \"title\": \"Do 5G Towers Spread Coronavirus?\"}",
        "{\"vclaim_id\": \"vclaim-3\", \"vclaim\": \"Bill Gates wants to microchip everyone with vaccines.\", \"title\": \"<script>alert(1)</script> Gates microchips\"}",
        ""), StandardCharsets.UTF_8);
    posts = tmp.resolve("posts.jsonl");
    Files.writeString(posts, String.join("\n",
        "{\"id\":\"p1\",\"text\":\"My uncle says drinking bleach cures covid, is that really true?\",\"author\":\"@SecretUser\"}",
        "{\"id\":\"p2\",\"text\": broken",
        "{\"id\":\"p3\",\"text\":\"They are building 5G towers that spread the coronavirus everywhere now\"}",
        "{\"id\":\"\",\"text\":\"no id\"}",
        "{\"id\":\"p5\",\"text\":\"Lovely weather in Hanoi today\"}",
        ""), StandardCharsets.UTF_8);
    out = tmp.resolve("out");
    data = tmp.resolve("data");
  }

  /** Lexical matching: on a three-document collection only BM25's confidence is meaningful. */
  private CliRun run(Path postFile) {
    return CliRun.of("run", "--posts", postFile.toString(), "--factchecks", factChecks.toString(), "--out", out.toString(),
        "--data-dir", data.toString(), "--threads", "2", "--retriever", "bm25");
  }

  @Test
  void hybridMatchingWithTheRerankerIsTheDefault() throws Exception {
    Path good = tmp.resolve("good.jsonl");
    Files.writeString(good, "{\"id\":\"p1\",\"text\":\"5G towers spread the coronavirus say my neighbours in town\"}\n");
    CliRun r = CliRun.of("run", "--posts", good.toString(), "--factchecks", factChecks.toString(), "--out", out.toString(),
        "--data-dir", data.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    JsonNode line = readJsonl(out.resolve("matches.jsonl")).get(0);
    assertThat(line.get("matches").get(0).get("fact_check_id").asText()).isEqualTo("vclaim-2");
    assertThat(line.get("matches").get(0).get("retriever").asText()).isEqualTo("rerank");
    assertThat(Files.readString(out.resolve("report.html"))).contains("then a learned reranker");
  }

  @Test
  void badRecordsAreQuarantinedNamedAndTheRestIsMatched() throws Exception {
    CliRun r = run(posts);

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains(
        "rejected: " + posts + ":2: invalid JSON: Unrecognized token 'broken'",
        "rejected: " + posts + ":4: id: missing id");
    List<String> quarantined = Files.readAllLines(out.resolve("quarantine.jsonl"));
    assertThat(quarantined).hasSize(2);
    assertThat(JSON.readTree(quarantined.get(1)).get("reason").asText()).isEqualTo("missing id");
    assertThat(JSON.readTree(quarantined.get(1)).get("line").asInt()).isEqualTo(4);

    List<JsonNode> lines = readJsonl(out.resolve("matches.jsonl"));
    assertThat(lines).extracting(n -> n.get("post_id").asText()).containsExactly("p1", "p3", "p5");
    assertThat(lines.get(0).get("matches").get(0).get("fact_check_id").asText()).isEqualTo("vclaim-1");
    assertThat(lines.get(1).get("matches").get(0).get("fact_check_id").asText()).isEqualTo("vclaim-2");
    assertThat(lines.get(0).get("band").asText()).isIn("confident", "suggested");
    assertThat(lines.get(1).get("band").asText()).isIn("confident", "suggested");
    assertThat(lines.get(2).get("band").asText()).as(lines.get(2).toString()).isEqualTo("none");
    lines.get(2).get("matches").forEach(m -> assertThat(m.get("band").asText()).isEqualTo("none"));
    assertThat(r.out()).contains("factdesk run: 3 posts matched against 3 fact-checks",
        "posts        read=5 accepted=3 rejected=2 warnings=0", "quarantine: ");
  }

  @Test
  void rawAuthorHandlesAreNeverWrittenToOutputsOrTheIndex() throws Exception {
    run(posts);
    try (Stream<Path> files = Stream.concat(Files.walk(out), Files.walk(data))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain("SecretUser");
      }
    }
  }

  @Test
  void reportEscapesInputAndListsUnmatchedPosts() throws Exception {
    run(posts);
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).doesNotContain("<script>alert(1)</script>");
    assertThat(html).contains("Posts with no match", "Lovely weather in Hanoi today", "Drinking bleach cures COVID-19.");
  }

  @Test
  void aCleanRunExitsZeroAndReRunningDoesNotDuplicateFactChecks() throws Exception {
    Path good = tmp.resolve("good.jsonl");
    Files.writeString(good, "{\"id\":\"p1\",\"text\":\"5G towers spread the coronavirus say my neighbours in town\"}\n");
    assertThat(run(good).exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Files.exists(out.resolve("quarantine.jsonl"))).isFalse();
    CliRun again = run(good);
    assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(again.out()).contains("matched against 3 fact-checks");
  }

  @Test
  void missingFileIsOneLineAndExitTwo() {
    CliRun r = run(tmp.resolve("nope.jsonl"));
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err().strip()).isEqualTo("factdesk: no such file or directory: " + tmp.resolve("nope.jsonl"));
  }

  @Test
  void unknownFormatIsRefusedBeforeAnyWork() throws Exception {
    Path txt = tmp.resolve("posts.txt");
    Files.writeString(txt, "hello\n");
    CliRun r = run(txt);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err().strip())
        .isEqualTo("factdesk: " + txt + ": cannot tell the format (expected .tsv, .jsonl, .ndjson, .csv, .json (Telegram export), .rss, .atom, .xml, .html or .htm)");
    assertThat(Files.exists(data.resolve("index"))).isFalse();
  }

  @Test
  void noFactChecksAnywhereIsInvalidInput() throws Exception {
    CliRun r = CliRun.of("run", "--posts", posts.toString(), "--out", out.toString(), "--data-dir", data.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("factdesk: no fact-checks to match against: give --factchecks FILE");
  }

  @Test
  void badOptionValueIsInvalidInput() {
    CliRun r = CliRun.of("run", "--posts", posts.toString(), "--out", out.toString(), "--top-k", "0");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err().strip()).isEqualTo("factdesk: --top-k must be >= 1, got 0");
  }

  private static List<JsonNode> readJsonl(Path f) throws Exception {
    return Files.readAllLines(f).stream().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
