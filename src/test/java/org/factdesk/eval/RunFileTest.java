package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFileTest {
  @TempDir Path dir;

  @Test
  void writesTrecLinesAndReadsThemBack() throws IOException {
    Path p = dir.resolve("run.txt");
    try (RunFile.Writer w = RunFile.writer(p)) {
      w.write("q2", List.of(new ScoredDoc("vclaim-sno-b", 12.5), new ScoredDoc("d-é", 0.1 + 0.2)), "bm25");
      w.write("q1", List.of(new ScoredDoc("x", 1e-7)), "bm25");
      w.write("q3", List.of(), "bm25");
    }
    assertThat(Files.readString(p, StandardCharsets.UTF_8))
        .isEqualTo(
            "q2 Q0 vclaim-sno-b 1 12.5 bm25\n"
                + "q2 Q0 d-é 2 0.30000000000000004 bm25\n"
                + "q1 Q0 x 1 1.0E-7 bm25\n");
    Map<String, List<String>> run = RunFile.read(p);
    assertThat(run).containsExactly(
        Map.entry("q2", List.of("vclaim-sno-b", "d-é")), Map.entry("q1", List.of("x")));
  }

  @Test
  void scoresRoundTripExactly() throws IOException {
    Path p = dir.resolve("s.txt");
    double s = Math.PI * 1e3;
    try (RunFile.Writer w = RunFile.writer(p)) {
      w.write("q", List.of(new ScoredDoc("d", s)), "t");
    }
    String score = Files.readString(p, StandardCharsets.UTF_8).strip().split(" ")[4];
    assertThat(Double.parseDouble(score)).isEqualTo(s);
  }

  @Test
  void readerOrdersByRankAndAcceptsTabs() throws IOException {
    Path p = dir.resolve("tabs.tsv");
    Files.writeString(p, "q\tQ0\tb\t2\t0.5\tt\n\nq\tQ0\ta\t1\t0.9\tt\n", StandardCharsets.UTF_8);
    assertThat(RunFile.read(p)).containsExactly(Map.entry("q", List.of("a", "b")));
  }

  @Test
  void readerRejectsMalformedLines() throws IOException {
    assertBad("q Q0 d 1 0.5\n", ":1: expected 6 fields (qid Q0 docid rank score tag), got 5");
    assertBad("q Q0 d 0 0.5 t\n", ":1: rank '0' is not a positive integer");
    assertBad("q Q0 d 1 high t\n", ":1: score 'high' is not a number");
    assertBad("q Q0 d 1 1 t\nq Q0 d 2 1 t\n", ":2: doc 'd' listed twice for query 'q'");
    assertBad("q Q0 d 1 1 t\nq Q0 e 1 1 t\n", ":2: rank 1 used twice for query 'q'");
  }

  private void assertBad(String text, String suffix) throws IOException {
    Path p = Files.createTempFile(dir, "bad", ".run");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RunFile.read(p))
        .isInstanceOf(InvalidRunFileException.class)
        .hasMessage(p + suffix);
  }

  @Test
  void writerRejectsWhatWouldBreakTheFormatOrTheOfficialOrdering() throws IOException {
    try (RunFile.Writer w = RunFile.writer(dir.resolve("w.run"))) {
      assertThatThrownBy(() -> w.write("q 1", List.of(), "t")).hasMessageContaining("qid");
      assertThatThrownBy(() -> w.write("q", List.of(new ScoredDoc("a\tb", 1)), "t"))
          .hasMessageContaining("docId");
      assertThatThrownBy(() -> w.write("q2", List.of(new ScoredDoc("a", 1), new ScoredDoc("b", 2)), "t"))
          .hasMessage("query 'q2': score 2.0 at rank 2 is above the score at rank 1");
      assertThatThrownBy(() -> w.write("q3", List.of(new ScoredDoc("a", Double.NaN)), "t"))
          .hasMessage("score of doc 'a' is NaN");
      assertThatThrownBy(() -> w.write("q4", List.of(new ScoredDoc("a", 1), new ScoredDoc("a", 1)), "t"))
          .hasMessage("doc 'a' listed twice for query 'q4'");
      w.write("q5", List.of(new ScoredDoc("a", 1), new ScoredDoc("b", 1)), "t");
      assertThatThrownBy(() -> w.write("q5", List.of(), "t")).hasMessage("query 'q5' written twice");
    }
  }
}
