package org.factdesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Compares measured scores with a {@link RegressionSpec}: each expected metric is ok when
 * {@code |expected − actual| ≤ tolerance + 1e-9} (the slack absorbs floating-point summation
 * order); a metric missing from the report fails.
 */
public final class RegressionCheck {
  /** Slack added to every tolerance. */
  public static final double EPSILON = 1e-9;

  private RegressionCheck() {}

  /**
   * One metric of a comparison.
   *
   * @param actual NaN when the report lacks the metric
   * @param diff {@code |expected − actual|}, NaN when the report lacks the metric
   */
  public record Row(String metric, double expected, double actual, double diff, boolean ok) {}

  /** All rows of one (spec, method) comparison, in the spec's metric order. */
  public record Result(String spec, String method, double tolerance, List<Row> rows) {
    public Result {
      rows = List.copyOf(rows);
    }

    /** True when every row is ok. */
    public boolean passed() {
      return rows.stream().allMatch(Row::ok);
    }

    /** Rows outside the tolerance. */
    public List<Row> failures() {
      return rows.stream().filter(r -> !r.ok()).toList();
    }

    /**
     * A heading and a fixed-width table (6 decimals, {@link Locale#ROOT}), e.g.
     *
     * <pre>
     * clef2022-task2a-en-devtest / bm25: FAIL (1 of 2 metrics outside tolerance 0.0)
     * metric  expected  actual    |diff|    status
     * MAP@5   0.811000  0.811000  0.000000  ok
     * MRR     0.820000  0.810000  0.010000  FAIL
     * </pre>
     */
    public String summary() {
      int failed = failures().size();
      String head =
          spec + " / " + method + ": "
              + (failed == 0
                  ? "ok (" + rows.size() + " metrics within tolerance " + tolerance + ")"
                  : "FAIL (" + failed + " of " + rows.size() + " metrics outside tolerance "
                      + tolerance + ")");
      List<List<String>> table = new ArrayList<>();
      table.add(List.of("metric", "expected", "actual", "|diff|", "status"));
      for (Row r : rows) {
        table.add(List.of(r.metric(), num(r.expected()), num(r.actual()), num(r.diff()),
            r.ok() ? "ok" : "FAIL"));
      }
      return head + "\n" + MetricsTable.render(table);
    }

    private static String num(double v) {
      return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.6f", v);
    }
  }

  /**
   * Checks {@code actual} against the expectation for {@code method} in {@code spec}.
   *
   * @throws IllegalArgumentException when the spec has no such method
   */
  public static Result compare(RegressionSpec spec, String method, MetricReport actual) {
    Objects.requireNonNull(actual, "actual");
    RegressionSpec.MethodSpec m = spec.methods().get(method);
    if (m == null) {
      throw new IllegalArgumentException(
          spec.name() + ": no method '" + method + "'; have " + spec.methods().keySet());
    }
    List<Row> rows = new ArrayList<>();
    m.expected().forEach(
        (metric, expected) -> {
          Double value = actual.metrics().get(metric);
          if (value == null) {
            rows.add(new Row(metric, expected, Double.NaN, Double.NaN, false));
          } else {
            double diff = Math.abs(expected - value);
            rows.add(new Row(metric, expected, value, diff, diff <= m.tolerance() + EPSILON));
          }
        });
    return new Result(spec.name(), method, m.tolerance(), rows);
  }
}
