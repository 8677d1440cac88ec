package org.factdesk.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A fixed-width text table comparing methods: one row per metric, one column per method, values
 * with 4 decimals ({@link Locale#ROOT}), a metric a method lacks shown as {@code -}.
 *
 * <pre>
 * metric   ours    baseline
 * MAP@1    0.7723  0.7475
 * </pre>
 *
 * Columns are left-aligned, as wide as their widest cell, two spaces apart; lines end with
 * {@code \n} and carry no trailing spaces.
 */
public final class MetricsTable {
  private MetricsTable() {}

  /**
   * Formats reports side by side.
   *
   * @param byMethod method name → report, in column order (pass a {@code LinkedHashMap}); rows
   *     are the metrics in order of first appearance across the reports
   */
  public static String format(Map<String, MetricReport> byMethod) {
    Set<String> metrics = new LinkedHashSet<>();
    byMethod.values().forEach(r -> metrics.addAll(r.metrics().keySet()));
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("metric");
    header.addAll(byMethod.keySet());
    rows.add(header);
    for (String m : metrics) {
      List<String> row = new ArrayList<>();
      row.add(m);
      for (MetricReport r : byMethod.values()) {
        Double v = r.metrics().get(m);
        row.add(v == null ? "-" : String.format(Locale.ROOT, "%.4f", v));
      }
      rows.add(row);
    }
    return render(rows);
  }

  static String render(List<List<String>> rows) {
    int cols = rows.get(0).size();
    int[] width = new int[cols];
    for (List<String> row : rows) {
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        String cell = row.get(c);
        line.append(cell);
        if (c < cols - 1) {
          line.append(" ".repeat(width[c] - cell.length() + 2));
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }
}
