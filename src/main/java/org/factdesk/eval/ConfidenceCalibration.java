package org.factdesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses confidence thresholds from labelled queries by simulating posts with and without a
 * published fact-check.
 *
 * <p>For each query of a CheckThat!-style split we know its relevant fact-checks. A query whose top
 * hit is relevant contributes a <em>positive</em> at the top hit's confidence. Every query also
 * contributes a <em>negative</em>: the top confidence the whole pipeline gives when the relevant
 * fact-checks are removed from its candidate lists, i.e. what the post would get had its fact-check
 * never been published ("leave the relevant one out"; recomputed through fusion and reranking, whose
 * scores depend on the other candidates).
 * Precision at threshold {@code t} is then {@code P(t) / (P(t) + N(t))} for an even mix of
 * matchable and unmatchable posts, and recall is {@code P(t) / queries}.
 */
public final class ConfidenceCalibration {
  /** One query's evidence. */
  public record Observation(double topConfidence, boolean topRelevant, double bestNonRelevantConfidence) {}

  /** Precision and recall of the top-1 match above one threshold. */
  public record Row(double threshold, double precision, double recall) {}

  private final List<Observation> observations = new ArrayList<>();

  /** Adds one query. */
  public void add(Observation o) {
    observations.add(o);
  }

  /** Rows for thresholds 0.00, 0.05, …, 0.95. */
  public List<Row> table() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      double t = i * 0.05;
      rows.add(row(t));
    }
    return rows;
  }

  /** Precision and recall at one threshold; precision is 1 when nothing passes. */
  public Row row(double t) {
    long pos = 0;
    long neg = 0;
    for (Observation o : observations) {
      if (o.topRelevant() && o.topConfidence() >= t) {
        pos++;
      }
      if (o.bestNonRelevantConfidence() >= t) {
        neg++;
      }
    }
    double precision = pos + neg == 0 ? 1 : pos / (double) (pos + neg);
    double recall = observations.isEmpty() ? 0 : pos / (double) observations.size();
    return new Row(t, precision, recall);
  }

  /**
   * The lowest threshold on a 0.01 grid whose precision reaches {@code targetPrecision}, or 1.0
   * when none does.
   */
  public double thresholdFor(double targetPrecision) {
    for (int i = 0; i <= 100; i++) {
      double t = i / 100.0;
      if (row(t).precision() >= targetPrecision) {
        return t;
      }
    }
    return 1.0;
  }

  /** A fixed-width table of {@link #table()}. */
  public String format() {
    StringBuilder sb = new StringBuilder("threshold  precision  recall\n");
    for (Row r : table()) {
      sb.append(String.format(Locale.ROOT, "%9.2f  %9.4f  %6.4f%n", r.threshold(), r.precision(), r.recall()));
    }
    return sb.toString();
  }
}
