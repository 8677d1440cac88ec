package org.factdesk.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login throttling, in memory: after {@code maxFailures} failed logins within {@code window} for the
 * same user name or from the same client address, further attempts are refused (HTTP 429) until the
 * oldest failure leaves the window. A success clears the user name's failures (not the address's).
 * Counts are per process and reset on restart (OWASP Authentication Cheat Sheet, "login throttling").
 */
public final class LoginRateLimiter {
  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  /** @param maxFailures failures allowed per window, e.g. 5; @param window e.g. 15 minutes */
  public LoginRateLimiter(int maxFailures, Duration window, Clock clock) {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures: must be ≥ 1");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /** The default: 5 failures per 15 minutes. */
  public static LoginRateLimiter standard(Clock clock) {
    return new LoginRateLimiter(5, Duration.ofMinutes(15), clock);
  }

  /** Whether an attempt for {@code username} from {@code address} is refused now. */
  public boolean blocked(String username, String address) {
    return full("u:" + normalise(username)) || full("a:" + address);
  }

  /** Records a failed attempt. */
  public void failure(String username, String address) {
    add("u:" + normalise(username));
    add("a:" + address);
  }

  /** Records a success: the user name's failures are forgotten. */
  public void success(String username) {
    failures.remove("u:" + normalise(username));
  }

  private boolean full(String key) {
    Deque<Instant> d = failures.get(key);
    if (d == null) {
      return false;
    }
    synchronized (d) {
      prune(d);
      return d.size() >= maxFailures;
    }
  }

  private void add(String key) {
    Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (d) {
      prune(d);
      d.addLast(clock.instant());
    }
    if (failures.size() > 100_000) {
      failures.entrySet().removeIf(e -> {
        synchronized (e.getValue()) {
          prune(e.getValue());
          return e.getValue().isEmpty();
        }
      });
    }
  }

  private void prune(Deque<Instant> d) {
    Instant cutoff = clock.instant().minus(window);
    while (!d.isEmpty() && !d.peekFirst().isAfter(cutoff)) {
      d.removeFirst();
    }
  }

  private static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
