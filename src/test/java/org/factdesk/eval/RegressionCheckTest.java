package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegressionCheckTest {
  private final RegressionSpec spec = RegressionSpec.loadResource("eval/fixture-tiny.yaml");

  private static MetricReport report(Map<String, Double> metrics) {
    return new MetricReport(metrics, 4, 0, Map.of());
  }

  @Test
  void exactSpecPassesOnlyWithinEpsilon() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("MAP@1", 0.25 + 5e-10); // inside the 1e-9 slack
    m.put("MAP@5", 0.375);
    m.put("MRR", 0.376); // off by 0.001 with tolerance 0
    m.put("P@1", 0.25);
    RegressionCheck.Result r = RegressionCheck.compare(spec, "bm25", report(m));

    assertThat(r.passed()).isFalse();
    assertThat(r.failures()).extracting(RegressionCheck.Row::metric).containsExactly("MRR", "R@10");
    assertThat(r.rows()).extracting(RegressionCheck.Row::metric)
        .containsExactly("MAP@1", "MAP@5", "MRR", "P@1", "R@10");
    assertThat(r.summary())
        .isEqualTo(
            "fixture-tiny / bm25: FAIL (2 of 5 metrics outside tolerance 0.0)\n"
                + "metric  expected  actual    |diff|    status\n"
                + "MAP@1   0.250000  0.250000  0.000000  ok\n"
                + "MAP@5   0.375000  0.375000  0.000000  ok\n"
                + "MRR     0.375000  0.376000  0.001000  FAIL\n"
                + "P@1     0.250000  0.250000  0.000000  ok\n"
                + "R@10    0.500000  -         -         FAIL\n");
  }

  @Test
  void toleranceAppliesPerMetric() {
    RegressionCheck.Result ok =
        RegressionCheck.compare(spec, "dense", report(Map.of("MAP@5", 0.509, "MAP@all", 0.591)));
    assertThat(ok.passed()).isTrue();
    assertThat(ok.summary()).startsWith("fixture-tiny / dense: ok (2 metrics within tolerance 0.01)\n");
    RegressionCheck.Result bad =
        RegressionCheck.compare(spec, "dense", report(Map.of("MAP@5", 0.52, "MAP@all", 0.6)));
    assertThat(bad.failures()).extracting(RegressionCheck.Row::metric).containsExactly("MAP@5");
  }

  @Test
  void unknownMethodIsAnError() {
    assertThatThrownBy(() -> RegressionCheck.compare(spec, "bm42", report(Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fixture-tiny: no method 'bm42'; have [bm25, dense]");
  }

  @Test
  void endToEndReportFromTheHandExampleMatchesTheFixture() {
    Qrels qrels = Qrels.of(Map.of("q1", java.util.Set.of("a", "b"), "q2", java.util.Set.of("c"),
        "q3", java.util.Set.of("g"), "q4", java.util.Set.of("h")));
    Map<String, java.util.List<String>> run = Map.of(
        "q1", java.util.List.of("x", "a", "y", "b", "z"),
        "q2", java.util.List.of("d", "e", "f"),
        "q4", java.util.List.of("h", "i"));
    MetricReport r = RetrievalMetrics.evaluate(run, qrels);
    RegressionCheck.Result result = RegressionCheck.compare(spec, "bm25", r);
    assertThat(result.passed()).as(result.summary()).isTrue();
  }
}
