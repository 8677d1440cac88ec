package org.factdesk.ingest.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spaces requests to the same host: a request waits until {@code minInterval} has passed since
 * the previous request to that host was allowed. Hosts compare case-insensitively, ports ignored;
 * redirects to another host are not counted. Thread-safe: each caller reserves its slot before
 * sleeping, so concurrent callers queue up rather than burst.
 */
public final class HostRateLimiter {
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Instant> lastSlot = new HashMap<>();

  /** @param clock time source; @param sleeper how to wait */
  public HostRateLimiter(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits (via the sleeper) until a request to {@code url}'s host is allowed, and records it.
   *
   * @return how long it waited; {@link Duration#ZERO} if not at all
   */
  public Duration acquire(URI url, Duration minInterval) throws InterruptedException {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    Instant now;
    Instant slot;
    synchronized (this) {
      now = clock.instant();
      Instant last = lastSlot.get(host);
      slot = last == null || !last.plus(minInterval).isAfter(now) ? now : last.plus(minInterval);
      lastSlot.put(host, slot);
    }
    Duration wait = Duration.between(now, slot);
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
    return wait;
  }
}
