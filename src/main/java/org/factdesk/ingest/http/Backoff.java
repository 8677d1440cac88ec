package org.factdesk.ingest.http;

import java.time.Duration;

/**
 * Exponential backoff for a URL that keeps failing: after the n-th consecutive failure, wait
 * {@code initial × 2^(n-1)}, at most {@code max} (defaults 1 min doubling to 1 h: 1, 2, 4, ... 32,
 * 60, 60 min).
 *
 * @param initial wait after the first failure, positive
 * @param max longest wait, at least {@code initial}
 */
public record Backoff(Duration initial, Duration max) {
  /** 1 minute doubling up to 1 hour. */
  public static final Backoff DEFAULT = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));

  /** @throws IllegalArgumentException if initial is not positive or max is below it */
  public Backoff {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + ", " + max);
    }
  }

  /** The wait after {@code failures} consecutive failures (≥ 1). */
  public Duration after(int failures) {
    Duration d = initial;
    for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(max) > 0 ? max : d;
  }
}
