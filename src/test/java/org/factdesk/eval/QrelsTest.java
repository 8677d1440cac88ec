package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QrelsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void readsTabsAndSpacesIgnoresBlankLinesAndCountsOnlyPositiveRelevance() throws IOException {
    Path p = write("q.qrels", "q2\t0\td1\t1\n\nq1 0 d9  0\nq1   0\td2\t2\n  \nq2\t0\td3\t1\n");
    Qrels qrels = Qrels.read(p);
    assertThat(qrels.queryIds()).containsExactly("q2", "q1");
    assertThat(qrels.relevant("q2")).containsExactly("d1", "d3");
    assertThat(qrels.relevant("q1")).containsExactly("d2");
    assertThat(qrels.relevant("nope")).isEmpty();
    assertThat(qrels.size()).isEqualTo(4);
    assertThat(qrels.duplicateLines()).isZero();
  }

  @Test
  void exactRepeatIsReadOnceAndCounted() throws IOException {
    Qrels qrels = Qrels.read(write("d.qrels", "q\t0\td\t1\nq\t0\td\t1\n"));
    assertThat(qrels.size()).isEqualTo(1);
    assertThat(qrels.duplicateLines()).isEqualTo(1);
  }

  @Test
  void wrongFieldCountNamesFileLineAndProblem() throws IOException {
    Path p = write("bad.qrels", "q1\t0\td1\t1\n\nq2\t0\td2\n");
    assertThatThrownBy(() -> Qrels.read(p))
        .isInstanceOf(InvalidQrelsException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(p + ":3: expected 4 fields (qid 0 docid rel), got 3");
  }

  @Test
  void nonIntegerRelevanceIsRejected() throws IOException {
    Path p = write("h.qrels", "qid\titer\tdocid\trel\n");
    assertThatThrownBy(() -> Qrels.read(p))
        .isInstanceOf(InvalidQrelsException.class)
        .hasMessage(p + ":1: relevance 'rel' is not an integer")
        .satisfies(
            e -> {
              InvalidQrelsException x = (InvalidQrelsException) e;
              assertThat(x.line()).isEqualTo(1);
              assertThat(x.file()).isEqualTo(p);
              assertThat(x.problem()).isEqualTo("relevance 'rel' is not an integer");
            });
  }

  @Test
  void conflictingRepeatIsRejected() throws IOException {
    Path p = write("c.qrels", "q 0 d 1\nq 0 d 0\n");
    assertThatThrownBy(() -> Qrels.read(p))
        .hasMessage(p + ":2: conflicting judgement for query 'q' doc 'd': rel 0 after 1");
  }

  @Test
  void fileWithoutJudgementsIsRejected() throws IOException {
    Path p = write("e.qrels", "\n\n");
    assertThatThrownBy(() -> Qrels.read(p)).hasMessage(p + ": no judgements");
  }

  @Test
  void readsTheSharedCheckThatQrelsWithTheirDocumentedCounts() {
    Path data = Path.of("..", "shared", "data");
    assumeTrue(Files.isDirectory(data), "shared data not present");
    Path devTest = data.resolve("clef2022-task2a-en-tweets/CT2022-Task2A-EN-Dev-Test_QRELs.tsv");
    Path dev = data.resolve("clef2022-task2a-en-tweets/CT2022-Task2A-EN-Dev_QRELs.tsv");
    Path test2020 = data.resolve("clef2020-task2-en-tweets/test/tweet-vclaim-pairs.qrels");
    assertThat(Qrels.read(devTest).queryIds()).hasSize(202);
    assertThat(Qrels.read(devTest).size()).isEqualTo(202);
    // README: 200 pairs / 199 tweets; one pair is listed twice.
    assertThat(Qrels.read(dev).queryIds()).hasSize(199);
    assertThat(Qrels.read(dev).duplicateLines()).isEqualTo(1);
    assertThat(Qrels.read(test2020).queryIds()).hasSize(199);
    assertThat(Qrels.read(test2020).duplicateLines()).isEqualTo(1);
  }
}
