package org.factdesk.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login throttling, in memory, with three counters per {@code window} (OWASP Authentication Cheat
 * Sheet, "login throttling"; OWASP warns that a plain per-account lockout lets anyone lock a known
 * account out):
 *
 * <ul>
 *   <li>the same user name from the same address: {@code maxFailures} (5) — guessing one account;
 *   <li>one address over all user names: 4 × {@code maxFailures} (20) — password spraying; a newsroom
 *       behind one NAT address is not locked out by one person's typos;
 *   <li>one user name over all addresses: 10 × {@code maxFailures} (50) — distributed guessing; locking
 *       a known account out from elsewhere takes 50 attempts per window instead of 5.
 * </ul>
 *
 * A full counter refuses attempts (HTTP 429) until its oldest failure leaves the window. A success
 * clears that user name's counters (not the address's). Counts are per process and reset on restart.
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
    String user = normalise(username);
    return full(pair(user, address), maxFailures) || full("a:" + address, 4 * maxFailures)
        || full("u:" + user, 10 * maxFailures);
  }

  /** Records a failed attempt. */
  public void failure(String username, String address) {
    String user = normalise(username);
    add(pair(user, address));
    add("a:" + address);
    add("u:" + user);
  }

  /** Records a success from {@code address}: the user name's failures are forgotten. */
  public void success(String username, String address) {
    String user = normalise(username);
    failures.remove(pair(user, address));
    failures.remove("u:" + user);
  }

  private static String pair(String user, String address) {
    return "p:" + user + "\u0000" + address;
  }

  private boolean full(String key, int limit) {
    Deque<Instant> d = failures.get(key);
    if (d == null) {
      return false;
    }
    synchronized (d) {
      prune(d);
      return d.size() >= limit;
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
