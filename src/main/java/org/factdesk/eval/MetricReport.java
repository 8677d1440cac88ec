package org.factdesk.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Scores of one run against one qrels file.
 *
 * @param metrics metric name → mean over the qrels queries, each in [0, 1], in the order of
 *     {@link RetrievalMetrics#METRIC_NAMES} (e.g. {@code MAP@5}, {@code MRR}, {@code P@1},
 *     {@code R@10})
 * @param queries number of queries averaged over (= qrels queries)
 * @param missingQueries qrels queries absent from the run, each scored 0
 * @param apAt5 qid → average precision at 5 for every qrels query, in qrels order (error analysis)
 */
public record MetricReport(
    Map<String, Double> metrics, int queries, int missingQueries, Map<String, Double> apAt5) {

  public MetricReport {
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    apAt5 = Collections.unmodifiableMap(new LinkedHashMap<>(apAt5));
  }

  /**
   * The value of one metric.
   *
   * @throws IllegalArgumentException when the report has no such metric
   */
  public double get(String metric) {
    Double v = metrics.get(Objects.requireNonNull(metric));
    if (v == null) {
      throw new IllegalArgumentException("no metric '" + metric + "'; have " + metrics.keySet());
    }
    return v;
  }
}
