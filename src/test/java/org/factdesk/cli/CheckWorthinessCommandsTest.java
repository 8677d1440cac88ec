package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.pipeline.CheckWorthinessCorpusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train-checkworthiness} then {@code eval-checkworthiness} in-process on a miniature data directory. */
class CheckWorthinessCommandsTest {
  @TempDir Path tmp;

  @Test
  void trainsThenEvaluatesOursBesideTheBaseline() throws Exception {
    Path data = CheckWorthinessCorpusTest.miniDatasets(tmp.resolve("data"));
    Path model = tmp.resolve("out/cw.tribuo");
    CliRun train = CliRun.of("train-checkworthiness", "--datasets", data.toString(), "--out", model.toString(), "--seed", "7");
    assertThat(train.exitCode()).as(train.err()).isEqualTo(ExitCodes.OK);
    assertThat(train.out()).startsWith("trained on ").contains("threshold ");
    assertThat(Files.readString(tmp.resolve("out/cw.properties"))).contains("seed=7").containsPattern("threshold=0\\.\\d\\d");

    CliRun eval = CliRun.of("eval-checkworthiness", "--datasets", data.toString(), "--model", model.toString());
    assertThat(eval.exitCode()).as(eval.err()).isEqualTo(ExitCodes.OK);
    assertThat(eval.out()).contains("check-worthiness, split dev-test")
        .containsPattern("learned\\s+all\\s+\\d+")
        .containsPattern("baseline-rules\\s+vi\\s+\\d+")
        .contains("MAP (mean of the en and vi APs): learned ")
        .containsPattern("vn-news-v2\\s+2 claims\\s+0 other");
  }

  @Test
  void missingDataOrBadSplitExitsTwo() {
    CliRun missing = CliRun.of("eval-checkworthiness", "--datasets", tmp.resolve("none").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(missing.err()).contains("check-worthiness data not found");
    CliRun split = CliRun.of("eval-checkworthiness", "--split", "test");
    assertThat(split.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(split.err()).contains("unknown split 'test'");
  }
}
