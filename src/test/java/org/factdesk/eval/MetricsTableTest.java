package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTableTest {
  private static MetricReport report(Map<String, Double> metrics) {
    return new MetricReport(metrics, 10, 0, Map.of());
  }

  @Test
  void rowsAreMetricsColumnsAreMethodsFourDecimals() {
    Map<String, Double> ours = new LinkedHashMap<>();
    ours.put("MAP@1", 0.77234);
    ours.put("MAP@all", 0.8);
    ours.put("MRR", 1.0);
    Map<String, Double> baseline = new LinkedHashMap<>();
    baseline.put("MAP@1", 0.74749);
    baseline.put("MAP@all", 0.123456);
    Map<String, MetricReport> byMethod = new LinkedHashMap<>();
    byMethod.put("ours", report(ours));
    byMethod.put("baseline", report(baseline));

    assertThat(MetricsTable.format(byMethod))
        .isEqualTo(
            "metric   ours    baseline\n"
                + "MAP@1    0.7723  0.7475\n"
                + "MAP@all  0.8000  0.1235\n"
                + "MRR      1.0000  -\n");
  }
}
