package org.factdesk.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.factdesk.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * The append-only {@code audit_log}: every desk write adds one row on the same JDBI handle, so the
 * row commits (or rolls back) with the change. There is deliberately no update or delete here.
 */
public final class AuditLog {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Database db;

  public AuditLog(Database db) {
    this.db = db;
  }

  /** One audit row as read back. */
  public record Entry(long id, Instant at, String username, String action, String entity, String entityId,
      String details) {}

  /**
   * Appends a row inside the caller's transaction.
   *
   * @param action verb, e.g. {@code case.create}, {@code factcheck.publish}
   * @param entity table-ish name, e.g. {@code case}
   * @param entityId the row's id as text; may be null
   * @param details small JSON object of what changed (no passwords or tokens)
   */
  public static void append(Handle h, Actor actor, Instant at, String action, String entity, Object entityId,
      Map<String, ?> details) {
    String json;
    try {
      json = JSON.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit details not serialisable: " + e.getMessage(), e);
    }
    if (json.length() > 20000) {
      json = JSON.createObjectNode().put("truncated", true).put("chars", json.length()).toString();
    }
    h.createUpdate("INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, details) "
            + "VALUES (:at, :uid, :user, :action, :entity, :eid, :details)")
        .bind("at", at.atOffset(ZoneOffset.UTC))
        .bind("uid", actor.userId())
        .bind("user", actor.username())
        .bind("action", action)
        .bind("entity", entity)
        .bind("eid", entityId == null ? null : entityId.toString())
        .bind("details", json)
        .execute();
  }

  /** The newest {@code limit} rows, newest first. */
  public List<Entry> recent(int limit) {
    return db.jdbi().withHandle(h -> h.createQuery(
            "SELECT id, at, username, action, entity, entity_id, details FROM audit_log ORDER BY id DESC LIMIT :n")
        .bind("n", limit)
        .map((rs, ctx) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7)))
        .list());
  }

  /** Number of rows with {@code action}. */
  public long count(String action) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = :a")
        .bind("a", action).mapTo(Long.class).one());
  }
}
