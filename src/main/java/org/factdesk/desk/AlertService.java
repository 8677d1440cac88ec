package org.factdesk.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.narratives.Alert;
import org.factdesk.store.Database;

/**
 * Persisted narrative alerts ({@link Alert}: "a narrative already rated false is rising"), one row per
 * narrative and window; new ones show on the dashboard until a reviewer acknowledges them.
 */
public final class AlertService {
  private final Database db;
  private final Clock clock;

  public AlertService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A stored alert; {@code acknowledgedBy} null while new. */
  public record StoredAlert(long id, String narrativeKey, String factCheckId, String verdict, Instant windowStart,
      Instant windowEnd, double score, long postsInWindow, String topOutlets, Instant createdAt, String acknowledgedBy) {}

  /**
   * Stores alerts not stored yet (same narrative and window start are skipped), as the system.
   *
   * @return how many were new
   */
  public int store(List<Alert> alerts) {
    Instant now = clock.instant();
    return db.jdbi().inTransaction(h -> {
      int added = 0;
      for (Alert a : alerts) {
        boolean exists = h.createQuery("SELECT COUNT(*) FROM alerts WHERE narrative_key = :n AND window_start = :w")
            .bind("n", a.narrativeId()).bind("w", Rows.utc(a.windowStart())).mapTo(Long.class).one() > 0;
        if (exists) {
          continue;
        }
        String outlets = a.topOutlets().stream().map(o -> o.outlet() + " (" + o.posts() + ")").collect(Collectors.joining(", "));
        long id = h.createUpdate("INSERT INTO alerts (narrative_key, fact_check_id, verdict, window_start, window_end, "
                + "score, expected, posts_in_window, top_outlets, created_at) VALUES (:n, :f, :v, :ws, :we, :s, :e, :p, :o, :t)")
            .bind("n", a.narrativeId()).bind("f", a.factCheckId()).bind("v", a.verdict())
            .bind("ws", Rows.utc(a.windowStart())).bind("we", Rows.utc(a.windowEnd())).bind("s", a.score())
            .bind("e", a.expected()).bind("p", a.postsInWindow()).bind("o", Rows.limit("top_outlets", outlets, 4000))
            .bind("t", Rows.utc(now)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        AuditLog.append(h, Actor.system(), now, "alert.store", "alert", id, Map.of("narrative", a.narrativeId()));
        added++;
      }
      return added;
    });
  }

  /** Alerts not yet acknowledged, newest window first. */
  public List<StoredAlert> unacknowledged(int limit) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT a.*, u.username FROM alerts a "
            + "LEFT JOIN users u ON u.id = a.acknowledged_by WHERE a.acknowledged_at IS NULL "
            + "ORDER BY a.window_end DESC, a.id DESC LIMIT :n")
        .bind("n", limit)
        .map((rs, ctx) -> new StoredAlert(rs.getLong("id"), rs.getString("narrative_key"), rs.getString("fact_check_id"),
            rs.getString("verdict"), Rows.instant(rs, "window_start"), Rows.instant(rs, "window_end"),
            rs.getDouble("score"), rs.getLong("posts_in_window"), rs.getString("top_outlets"),
            Rows.instant(rs, "created_at"), rs.getString("username")))
        .list());
  }

  /** Marks an alert as seen. */
  public void acknowledge(Actor actor, long id) {
    actor.role().require(Role.Permission.ACK_ALERTS);
    Instant now = clock.instant();
    db.jdbi().useTransaction(h -> {
      int n = h.createUpdate("UPDATE alerts SET acknowledged_by = :u, acknowledged_at = :t WHERE id = :id "
              + "AND acknowledged_at IS NULL")
          .bind("u", actor.userId()).bind("t", Rows.utc(now)).bind("id", id).execute();
      if (n == 0) {
        throw new NotFoundException("no new alert " + id);
      }
      AuditLog.append(h, actor, now, "alert.acknowledge", "alert", id, Map.of());
    });
  }
}
