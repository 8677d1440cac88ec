package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrievalMetricsTest {
  private static final double EPS = 1e-12;

  /**
   * q1: 2 relevant (a, b) at ranks 2 and 4; q2: relevant c not retrieved (and d judged 0); q3:
   * missing from the run; q4: relevant h at rank 1 (rel 2); qX: only in the run (ignored).
   */
  @Test
  void handComputedExampleMatchesEveryMetric(@TempDir Path dir) throws IOException {
    Path qrelsFile = dir.resolve("q.qrels");
    Files.writeString(
        qrelsFile,
        "q1 0 a 1\nq1 0 b 1\nq2 0 c 1\nq2 0 d 0\nq3 0 g 1\nq4 0 h 2\n",
        StandardCharsets.UTF_8);
    Map<String, List<String>> run = new LinkedHashMap<>();
    run.put("qX", List.of("a", "z"));
    run.put("q1", List.of("x", "a", "y", "b", "z"));
    run.put("q2", List.of("d", "e", "f"));
    run.put("q4", List.of("h", "i"));

    MetricReport r = RetrievalMetrics.evaluate(run, Qrels.read(qrelsFile));

    // per query AP@k: q1 = 0, 1/4, 1/2 (k>=5); q2 = q3 = 0; q4 = 1
    Map<String, Double> expected = new LinkedHashMap<>();
    expected.put("MAP@1", 1.0 / 4);
    expected.put("MAP@3", (0.25 + 1) / 4);
    expected.put("MAP@5", (0.5 + 1) / 4);
    expected.put("MAP@10", (0.5 + 1) / 4);
    expected.put("MAP@20", (0.5 + 1) / 4);
    expected.put("MAP@all", (0.5 + 1) / 4);
    expected.put("MRR", (0.5 + 1) / 4);
    expected.put("P@1", 1.0 / 4);
    expected.put("P@3", (1.0 / 3 + 1.0 / 3) / 4);
    expected.put("P@5", (2.0 / 5 + 1.0 / 5) / 4);
    expected.put("P@10", (2.0 / 10 + 1.0 / 10) / 4);
    expected.put("R@1", 1.0 / 4);
    expected.put("R@5", 2.0 / 4);
    expected.put("R@10", 2.0 / 4);
    expected.put("R@20", 2.0 / 4);

    assertThat(r.metrics().keySet()).containsExactlyElementsOf(expected.keySet());
    assertThat(r.metrics().keySet()).containsExactlyElementsOf(RetrievalMetrics.METRIC_NAMES);
    expected.forEach((m, v) -> assertThat(r.get(m)).as(m).isCloseTo(v, within(EPS)));
    assertThat(r.queries()).isEqualTo(4);
    assertThat(r.missingQueries()).isEqualTo(1);
    assertThat(r.apAt5()).containsExactly(
        Map.entry("q1", 0.5), Map.entry("q2", 0.0), Map.entry("q3", 0.0), Map.entry("q4", 1.0));
  }

  @Test
  void averagePrecisionDividesByAllRelevantNotByMinOfKAndRelevant() {
    Set<String> rel = Set.of("a", "b");
    List<String> perfect = List.of("a", "b", "c");
    assertThat(RetrievalMetrics.averagePrecision(perfect, rel, 1)).isEqualTo(0.5);
    assertThat(RetrievalMetrics.averagePrecision(perfect, rel, 2)).isEqualTo(1.0);
    assertThat(RetrievalMetrics.averagePrecision(List.of("a", "c", "b"), rel, RetrievalMetrics.ALL))
        .isCloseTo((1.0 + 2.0 / 3) / 2, within(EPS));
    assertThat(RetrievalMetrics.averagePrecision(List.of("c", "a"), rel, 20)).isEqualTo(0.25);
  }

  @Test
  void precisionDividesByKEvenWhenFewerDocsAreRetrieved() {
    assertThat(RetrievalMetrics.precision(List.of("a"), Set.of("a"), 5)).isEqualTo(0.2);
    assertThat(RetrievalMetrics.recall(List.of("a"), Set.of("a", "b"), 5)).isEqualTo(0.5);
    assertThat(RetrievalMetrics.reciprocalRank(List.of("x", "y", "a"), Set.of("a"))).isEqualTo(1.0 / 3);
    assertThat(RetrievalMetrics.reciprocalRank(List.of("x"), Set.of("a"))).isZero();
  }

  @Test
  void queryWithoutRelevantDocsScoresZero() {
    assertThat(RetrievalMetrics.averagePrecision(List.of("a"), Set.of(), 5)).isZero();
    assertThat(RetrievalMetrics.recall(List.of("a"), Set.of(), 5)).isZero();
  }

  @Test
  void rejectsRepeatedDocsAndBadCutoffs() {
    Qrels qrels = Qrels.of(Map.of("q", Set.of("a")));
    assertThatThrownBy(() -> RetrievalMetrics.evaluate(Map.of("q", List.of("a", "a")), qrels))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("query 'q': ranked list repeats 'a'");
    assertThatThrownBy(() -> RetrievalMetrics.precision(List.of(), Set.of(), 0))
        .hasMessage("cut-off must be >= 1, got 0");
  }

  @Test
  void unknownMetricNameIsAnError() {
    MetricReport r = RetrievalMetrics.evaluate(Map.of(), Qrels.of(Map.of("q", Set.of("a"))));
    assertThat(r.get("MAP@5")).isZero();
    assertThat(r.missingQueries()).isEqualTo(1);
    assertThatThrownBy(() -> r.get("MAP5")).hasMessageStartingWith("no metric 'MAP5'; have [MAP@1,");
  }
}
