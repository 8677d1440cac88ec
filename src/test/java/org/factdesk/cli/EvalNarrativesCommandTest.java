package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval-narratives} in-process on a miniature CheckThat! 2022 directory. */
class EvalNarrativesCommandTest {
  @TempDir Path tmp;

  @Test
  void scoresOursBesideTheBaselineInOneRun() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("data/clef2022-task2a-en-tweets"));
    Files.writeString(dir.resolve("CT2022-Task2A-EN-Dev-Test_Queries.tsv"), String.join("\n",
        "iclaim_id\ticlaim",
        "t1\tBill Gates wants to put microchips in everyone through the covid vaccine",
        "t2\tBill Gates wants to put microchips in everyone through the covid vaccine!! https://t.co/abc",
        "t3\tThe president signed an order banning all fireworks on the 4th of July",
        "t4\tno qrels for this one"), java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("CT2022-Task2A-EN-Dev-Test_QRELs.tsv"),
        "t1\t0\tvclaim-gates\t1\nt2\t0\tvclaim-gates\t1\nt3\t0\tvclaim-fireworks\t1\n");
    CliRun run = CliRun.of("eval-narratives", "--datasets", tmp.resolve("data").toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("narratives, CheckThat! 2022 dev-test: 3 tweets")
        .containsPattern("near-dup\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+2\\s+2")
        .containsPattern("near-dup\\+embedding\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+2\\s+2")
        .contains("baseline-tfidf-cosine")
        // singletons: P 1, R (1/2 + 1/2 + 1)/3 = 2/3, F1 0.8, ARI 0
        .containsPattern("reference-singletons\\s+1\\.0000\\s+0\\.6667\\s+0\\.8000\\s+0\\.0000\\s+3\\s+2");
  }

  @Test
  void tuningOnDevTestOrMissingDataExitsTwo() {
    CliRun tune = CliRun.of("eval-narratives", "--tune", "--datasets", tmp.toString());
    assertThat(tune.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(tune.err()).contains("--tune only on train or dev");
    CliRun missing = CliRun.of("eval-narratives", "--datasets", tmp.resolve("none").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
  }
}
