package org.factdesk.index.opensearch;

import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * Exponential back-off for cluster requests: after the n-th failed attempt wait {@code initial ×
 * 2^(n-1)}, at most {@code max}, and give up after {@code attempts} attempts in all.
 *
 * @param initial first wait, positive
 * @param max longest single wait, ≥ initial
 * @param attempts attempts in all, ≥ 1
 */
public record RetryPolicy(Duration initial, Duration max, int attempts) {
  /** 200 ms doubling up to 10 s, 12 attempts: about 70 s of waiting, enough for a node restart. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(10), 12);

  /** @throws IllegalArgumentException on a non-positive initial wait, max below it, or attempts &lt; 1 */
  public RetryPolicy {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || attempts < 1) {
      throw new IllegalArgumentException("retry policy needs 0 < initial <= max and attempts >= 1, got "
          + initial + ", " + max + ", " + attempts);
    }
  }

  /** True for answers worth retrying: 429 (too many requests, back-pressure) and 5xx. */
  public static boolean retryable(int status) {
    return status == 429 || status >= 500;
  }

  /** True when another attempt may follow attempt number {@code attempt} (1-based). */
  public boolean mayRetry(int attempt) {
    return attempt < attempts;
  }

  /** The wait after attempt number {@code attempt} failed (1-based). */
  public Duration waitAfter(int attempt) {
    Duration d = initial;
    for (int i = 1; i < attempt && d.compareTo(max) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(max) > 0 ? max : d;
  }

  /**
   * Sleeps {@link #waitAfter}.
   *
   * @throws InterruptedIOException when interrupted (the interrupt flag is kept)
   */
  void pause(int attempt) throws InterruptedIOException {
    try {
      Thread.sleep(waitAfter(attempt).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry an OpenSearch request");
    }
  }
}
