package org.factdesk.narratives;

/**
 * How surprising the latest bucket's count is against the narrative's own history: a one-sided
 * Poisson test.
 *
 * <p>The history's rate is estimated as {@code λ = (S + ½) / H} for {@code S} posts in {@code H}
 * history buckets: the posterior mean under Jeffreys' prior for a Poisson rate, a small-count
 * correction so that an empty history gives a small positive rate (not 0, which would make any
 * post infinitely surprising). The p-value is the exact upper tail {@code P(X ≥ x)}, {@code X ~
 * Poisson(λ)} (the one-sided exact Poisson test, as R's {@code poisson.test(alternative =
 * "greater")}), and the score is {@code −log10 p}: 0 for nothing unusual, 3 for p = 0.001. It is
 * computed in log space, so scores stay finite for very unlikely counts.
 *
 * <p>Example: 2 posts a day for 7 days, then 20: λ = 14.5 / 7 ≈ 2.071, p ≈ 1.21e-13, score ≈ 12.92.
 * A flat 5 a day: λ ≈ 5.071, p ≈ 0.572, score ≈ 0.243. This does not model weekly seasonality or
 * trend; Kleinberg's (2002) burst automaton would be the next step.
 */
public final class BurstDetector {
  private BurstDetector() {}

  /**
   * @param observed posts in the latest bucket
   * @param expected λ, the history's rate per bucket
   * @param pValue P(X ≥ observed), 0..1
   * @param score −log10 p, ≥ 0
   */
  public record Burst(long observed, double expected, double pValue, double score) {
    /** True when the count is above the expected rate and the score reaches {@code minScore}. */
    public boolean rising(double minScore) {
      return observed > expected && score >= minScore;
    }
  }

  /**
   * Scores a count against a history.
   *
   * @param history posts per earlier bucket, oldest first; at least one bucket; zeros count
   * @param observed posts in the latest bucket, ≥ 0
   * @throws IllegalArgumentException on an empty history or a negative count
   */
  public static Burst score(long[] history, long observed) {
    if (history.length == 0 || observed < 0) {
      throw new IllegalArgumentException("need at least one history bucket and observed >= 0");
    }
    long sum = 0;
    for (long h : history) {
      if (h < 0) {
        throw new IllegalArgumentException("negative count in history: " + h);
      }
      sum += h;
    }
    double lambda = (sum + 0.5) / history.length;
    double log10p = log10UpperTail(observed, lambda);
    double score = Math.max(0, -log10p);
    return new Burst(observed, lambda, Math.pow(10, log10p), score);
  }

  /** log10 P(X ≥ x) for X ~ Poisson(λ), λ &gt; 0. */
  static double log10UpperTail(long x, double lambda) {
    if (x == 0) {
      return 0;
    }
    if (x <= lambda) { // the tail is large: 1 − P(X < x) loses nothing
      double cdf = 0;
      for (long k = 0; k < x; k++) {
        cdf += Math.exp(logPmf(k, lambda));
      }
      return Math.log10(Math.max(0, 1 - cdf));
    }
    // P(X ≥ x) = pmf(x) · Σ_j Π_{i=1..j} λ / (x + i); the terms fall geometrically since x > λ
    double sum = 1;
    double term = 1;
    for (long i = 1; i < 100_000 && term > 1e-17 * sum; i++) {
      term *= lambda / (x + i);
      sum += term;
    }
    return (logPmf(x, lambda) + Math.log(sum)) / Math.log(10);
  }

  /** ln P(X = k) = −λ + k ln λ − ln k!. */
  static double logPmf(long k, double lambda) {
    double logFactorial = 0;
    for (long i = 2; i <= k; i++) {
      logFactorial += Math.log(i);
    }
    return -lambda + k * Math.log(lambda) - logFactorial;
  }
}
