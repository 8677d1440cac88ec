package org.factdesk.narratives;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The alerts raised so far, at most one per narrative and window: re-evaluating the rule as posts
 * keep arriving in the same window does not alert again. In memory; not thread-safe.
 */
public final class AlertLog {
  private record Key(String narrativeId, Instant windowStart) {}

  private final Set<Key> seen = new HashSet<>();
  private final List<Alert> alerts = new ArrayList<>();

  /**
   * Records an alert unless one for the same narrative and window start is already there.
   *
   * @return true when recorded (new), false for a duplicate
   */
  public boolean add(Alert alert) {
    if (!seen.add(new Key(alert.narrativeId(), alert.windowStart()))) {
      return false;
    }
    alerts.add(alert);
    return true;
  }

  /** The recorded alerts, in the order added. */
  public List<Alert> alerts() {
    return List.copyOf(alerts);
  }
}
