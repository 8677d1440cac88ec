package org.factdesk.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Metrics of a binary scorer over labelled items (check-worthiness sentences): precision, recall
 * and F1 of the positive class at a threshold, and average precision of the ranking by score, as
 * CheckThat! Task 1 (check-worthiness) ranks sentences ({@link RetrievalMetrics#averagePrecision}
 * over the whole list, one "query"). Ties in score are broken by a fixed hash of the id, then the
 * id, so a scorer with few distinct values (a 0/1 rule) is neither helped nor hurt by the order
 * the items were read in.
 */
public final class ClassificationMetrics {
  private ClassificationMetrics() {}

  /**
   * One scored item.
   *
   * @param id unique among the items scored together
   * @param score the scorer's output
   * @param positive the gold label
   */
  public record Scored(String id, double score, boolean positive) {}

  /** Confusion counts at one threshold (predicted positive iff score ≥ threshold). */
  public record AtThreshold(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    /** TP / (TP + FP); 0 when nothing is predicted positive. */
    public double precision() {
      int p = truePositives + falsePositives;
      return p == 0 ? 0 : truePositives / (double) p;
    }

    /** TP / (TP + FN); 0 when there is no positive. */
    public double recall() {
      int p = truePositives + falseNegatives;
      return p == 0 ? 0 : truePositives / (double) p;
    }

    /** TN / (TN + FP); 0 when there is no negative. */
    public double specificity() {
      int n = trueNegatives + falsePositives;
      return n == 0 ? 0 : trueNegatives / (double) n;
    }

    /** Mean of recall and specificity. */
    public double balancedAccuracy() {
      return (recall() + specificity()) / 2;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Confusion counts of {@code items} at {@code threshold}. */
  public static AtThreshold atThreshold(List<Scored> items, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (Scored s : items) {
      boolean predicted = s.score() >= threshold;
      if (predicted && s.positive()) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (s.positive()) {
        fn++;
      } else {
        tn++;
      }
    }
    return new AtThreshold(tp, fp, fn, tn);
  }

  /**
   * Average precision of the positives in the ranking by descending score (ties: see class
   * comment); 0 without positives.
   *
   * @throws IllegalArgumentException if two items share an id
   */
  public static double averagePrecision(List<Scored> items) {
    List<Scored> ranked = new ArrayList<>(items);
    ranked.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparingLong(s -> mix(s.id()))
        .thenComparing(Scored::id));
    Set<String> relevant = new HashSet<>();
    for (Scored s : items) {
      if (s.positive()) {
        relevant.add(s.id());
      }
    }
    List<String> ids = ranked.stream().map(Scored::id).toList();
    if (new HashSet<>(ids).size() != ids.size()) {
      throw new IllegalArgumentException("scored items must have distinct ids");
    }
    return RetrievalMetrics.averagePrecision(ids, relevant, RetrievalMetrics.ALL);
  }

  /**
   * The threshold among {@code 0.01, 0.02, …, 0.99} with the highest balanced accuracy
   * ({@link AtThreshold#balancedAccuracy()}) on {@code items}; on a tie, the one closest to 0.5
   * (then the lower). Balanced accuracy does not depend on the share of positives, which in
   * labelled sets built from separate sources says nothing about real posts.
   */
  public static double bestBalancedThreshold(List<Scored> items) {
    double best = 0.5;
    double bestValue = -1;
    for (int i = 1; i <= 99; i++) {
      double t = i / 100.0;
      double v = atThreshold(items, t).balancedAccuracy();
      boolean better = v > bestValue + 1e-12
          || (Math.abs(v - bestValue) <= 1e-12 && Math.abs(t - 0.5) < Math.abs(best - 0.5) - 1e-12);
      if (better) {
        best = t;
        bestValue = v;
      }
    }
    return best;
  }

  /** A fixed 64-bit mix of the id's {@link String#hashCode()} (specified by the JLS, so stable). */
  static long mix(String id) {
    long h = id.hashCode() * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }
}
