package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdesk eval} in-process on a tiny CheckThat!-format fixture with hand-computed scores. */
class EvalCommandTest {
  @TempDir Path tmp;
  Path collection;
  Path queries;
  Path qrels;

  @BeforeEach
  void fixtures() throws Exception {
    collection = tmp.resolve("vclaims.jsonl");
    Files.writeString(collection, String.join("\n",
        "{\"vclaim_id\": \"vclaim-a\", \"vclaim\": \"Drinking bleach cures COVID-19.\", \"title\": \"Does Bleach Cure COVID?\"}",
        "{\"vclaim_id\": \"vclaim-b\", \"vclaim\": \"5G towers spread the coronavirus.\", \"title\": \"5G and Coronavirus\"}",
        "{\"vclaim_id\": \"vclaim-c\", \"vclaim\": \"The moon landing was staged in a studio.\", \"title\": \"Moon Landing Hoax\"}",
        "{\"vclaim_id\": \"vclaim-d\", \"vclaim\": \"A shark was photographed on a flooded highway.\", \"title\": \"Highway Shark\"}",
        ""), StandardCharsets.UTF_8);
    queries = tmp.resolve("queries.tsv");
    Files.writeString(queries, String.join("\n",
        "iclaim_id\ticlaim",
        "tweet-1\tdrinking bleach cures covid!! https://t.co/x",
        "tweet-2\tthe 5G towers spread coronavirus",
        "tweet-3\tunrelated words entirely",
        "tweet-4\tnot in the qrels: moon landing",
        ""), StandardCharsets.UTF_8);
    qrels = tmp.resolve("qrels.tsv");
    Files.writeString(qrels, "tweet-1\t0\tvclaim-a\t1\ntweet-2\t0\tvclaim-b\t1\ntweet-3\t0\tvclaim-d\t1\n");
  }

  @Test
  void printsOursBesideBaselineAndWritesBothRunFiles() throws Exception {
    Path run = tmp.resolve("runs/tiny.run");
    CliRun r = CliRun.of("eval", "--collection", collection.toString(), "--queries", queries.toString(),
        "--qrels", qrels.toString(), "--run-out", run.toString(), "--data-dir", tmp.resolve("data").toString(),
        "--retriever", "bm25,hybrid");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("queries evaluated: 3");
    // tweet-1 and tweet-2 find their fact-check at rank 1, tweet-3 finds nothing: 2/3 for both methods
    // columns: bm25, hybrid, baseline
    assertThat(r.out()).containsPattern("MAP@5\\s+0\\.6667\\s+\\S+\\s+0\\.6667");
    assertThat(r.out()).containsPattern("P@1\\s+0\\.6667\\s+\\S+\\s+0\\.6667");
    assertThat(Files.readAllLines(tmp.resolve("runs/tiny.hybrid.run")).get(0)).startsWith("tweet-1 Q0 vclaim-a 1 ").endsWith(" hybrid");
    List<String> ours = Files.readAllLines(run);
    assertThat(ours.get(0)).startsWith("tweet-1 Q0 vclaim-a 1 ").endsWith(" bm25");
    assertThat(ours).noneMatch(l -> l.startsWith("tweet-3 ") || l.startsWith("tweet-4 "));
    List<String> baseline = Files.readAllLines(tmp.resolve("runs/tiny.baseline.run"));
    assertThat(baseline.get(0)).startsWith("tweet-1 Q0 vclaim-a 1 ").endsWith(" baseline-standard-bm25");
    assertThat(Files.list(tmp.resolve("data")).map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("eval-index-"));
  }

  @Test
  void calibrationTableIsPrintedOnRequest() {
    CliRun r = CliRun.of("eval", "--collection", collection.toString(), "--queries", queries.toString(),
        "--qrels", qrels.toString(), "--calibrate", "--data-dir", tmp.resolve("data").toString(), "--retriever", "bm25");
    assertThat(r.out()).contains("threshold  precision  recall", "lowest threshold with precision >= 0.95: ");
  }

  @Test
  void aMissingOrCorruptModelDirIsOneLineAndExitTwo() throws Exception {
    Path models = tmp.resolve("model");
    CliRun missing = CliRun.of("eval", "--collection", collection.toString(), "--queries", queries.toString(),
        "--qrels", qrels.toString(), "--data-dir", tmp.resolve("data").toString(), "--model-dir", models.toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(missing.err().strip().lines()).hasSize(1);
    assertThat(missing.err()).startsWith("factdesk: model directory " + models);
    Files.createDirectories(models);
    Files.writeString(models.resolve("model.onnx"), "not a model");
    Files.writeString(models.resolve("tokenizer.json"), "{}");
    CliRun corrupt = CliRun.of("run", "--posts", queries.toString(), "--factchecks", collection.toString(), "--out",
        tmp.resolve("out").toString(), "--data-dir", tmp.resolve("data2").toString(), "--model-dir", models.toString());
    assertThat(corrupt.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(corrupt.err().strip()).startsWith("factdesk: model directory " + models).doesNotContain("\n");
  }

  @Test
  void unknownRetrieverIsInvalidInput() {
    CliRun r = CliRun.of("eval", "--collection", collection.toString(), "--queries", queries.toString(),
        "--qrels", qrels.toString(), "--retriever", "magic");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("unknown retriever 'magic'; use bm25, dense, hybrid-rrf, hybrid-wsf or hybrid");
  }

  @Test
  void malformedQrelsNameFileAndLine() throws Exception {
    Files.writeString(qrels, "tweet-1\t0\tvclaim-a\t1\ntweet-2 vclaim-b 1\n");
    CliRun r = CliRun.of("eval", "--collection", collection.toString(), "--queries", queries.toString(),
        "--qrels", qrels.toString(), "--data-dir", tmp.resolve("data").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err().strip()).isEqualTo("factdesk: " + qrels + ":2: expected 4 fields (qid 0 docid rel), got 3");
  }

  @Test
  void needsEitherFilesOrARegression() {
    CliRun r = CliRun.of("eval", "--collection", collection.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("Missing required argument");
  }

  @Test
  void unknownRegressionIsInvalidInput() {
    CliRun r = CliRun.of("eval", "--regression", "no-such-spec");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("no-such-spec");
  }
}
