package org.factdesk.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * Cases: a claim (optionally from a stored post or a narrative) under review, with a status
 * ({@link #STATUSES}) and an assignee. Opening and editing need {@link Role.Permission#EDIT_CASES}.
 */
public final class CaseService {
  /** Allowed statuses, in workflow order. */
  public static final List<String> STATUSES = DashboardService.CASE_STATUSES;
  private static final String COLUMNS = "c.id, c.claim_text, c.post_seq, c.narrative_key, c.status, c.assignee_id, "
      + "u.username AS assignee, c.created_at, c.updated_at";
  private final Database db;
  private final Clock clock;

  public CaseService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * A case.
   *
   * @param postSeq the stored post it was opened from, or null
   * @param narrativeKey the narrative it was opened from, or null
   * @param assignee the assignee's user name, or null
   */
  public record Case(long id, String claimText, Long postSeq, String narrativeKey, String status, Long assigneeId,
      String assignee, Instant createdAt, Instant updatedAt) {}

  /**
   * Opens a case with status {@code new}.
   *
   * @throws InvalidFieldException {@code claim_text} blank or over 20,000 characters, {@code post} unknown
   */
  public Case open(Actor actor, String claimText, Long postSeq, String narrativeKey) {
    actor.role().require(Role.Permission.EDIT_CASES);
    String claim = Rows.blankToNull(claimText);
    if (claim == null) {
      throw new InvalidFieldException("claim_text", "must not be blank");
    }
    Rows.limit("claim_text", claim, 20000);
    Rows.limit("narrative_key", narrativeKey, 200);
    Instant now = clock.instant();
    long id = db.jdbi().inTransaction(h -> {
      if (postSeq != null && h.createQuery("SELECT COUNT(*) FROM posts WHERE seq = :s").bind("s", postSeq)
          .mapTo(Long.class).one() == 0) {
        throw new InvalidFieldException("post", "no stored post " + postSeq);
      }
      long newId = h.createUpdate("INSERT INTO cases (claim_text, post_seq, narrative_key, status, created_by, "
              + "created_at, updated_at) VALUES (:c, :p, :n, 'new', :u, :t, :t)")
          .bind("c", claim).bind("p", postSeq).bind("n", Rows.blankToNull(narrativeKey)).bind("u", actor.userId())
          .bind("t", Rows.utc(now))
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      Map<String, Object> details = new HashMap<>();
      details.put("post_seq", postSeq);
      details.put("narrative_key", narrativeKey);
      AuditLog.append(h, actor, now, "case.open", "case", newId, details);
      return newId;
    });
    return find(id).orElseThrow();
  }

  /**
   * Sets the status.
   *
   * @throws InvalidFieldException {@code status} not one of {@link #STATUSES}
   * @throws NotFoundException no such case
   */
  public void setStatus(Actor actor, long caseId, String status) {
    actor.role().require(Role.Permission.EDIT_CASES);
    if (!STATUSES.contains(status)) {
      throw new InvalidFieldException("status", "one of " + STATUSES);
    }
    Instant now = clock.instant();
    db.jdbi().useTransaction(h -> setStatus(h, actor, now, caseId, status));
  }

  /** Status change inside a caller's transaction (used by the publish workflow). */
  void setStatus(Handle h, Actor actor, Instant now, long caseId, String status) {
    int n = h.createUpdate("UPDATE cases SET status = :s, updated_at = :t WHERE id = :id")
        .bind("s", status).bind("t", Rows.utc(now)).bind("id", caseId).execute();
    if (n == 0) {
      throw new NotFoundException("no case " + caseId);
    }
    AuditLog.append(h, actor, now, "case.status", "case", caseId, Map.of("status", status));
  }

  /**
   * Assigns the case to a user (null to unassign).
   *
   * @throws InvalidFieldException {@code assignee} unknown
   */
  public void assign(Actor actor, long caseId, Long userId) {
    actor.role().require(Role.Permission.EDIT_CASES);
    Instant now = clock.instant();
    db.jdbi().useTransaction(h -> {
      if (userId != null && h.createQuery("SELECT COUNT(*) FROM users WHERE id = :u").bind("u", userId)
          .mapTo(Long.class).one() == 0) {
        throw new InvalidFieldException("assignee", "no user " + userId);
      }
      int n = h.createUpdate("UPDATE cases SET assignee_id = :u, updated_at = :t WHERE id = :id")
          .bind("u", userId).bind("t", Rows.utc(now)).bind("id", caseId).execute();
      if (n == 0) {
        throw new NotFoundException("no case " + caseId);
      }
      Map<String, Object> details = new HashMap<>();
      details.put("assignee_id", userId);
      AuditLog.append(h, actor, now, "case.assign", "case", caseId, details);
    });
  }

  /** The case with {@code id}. */
  public Optional<Case> find(long id) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
            + " FROM cases c LEFT JOIN users u ON u.id = c.assignee_id WHERE c.id = :id")
        .bind("id", id).map((rs, ctx) -> map(rs)).findOne());
  }

  /** Cases, newest change first; {@code status} null for all. */
  public List<Case> list(String status, int limit) {
    return db.jdbi().withHandle(h -> {
      var q = h.createQuery("SELECT " + COLUMNS + " FROM cases c LEFT JOIN users u ON u.id = c.assignee_id"
          + (status == null ? "" : " WHERE c.status = :s") + " ORDER BY c.updated_at DESC, c.id DESC LIMIT :n");
      if (status != null) {
        q.bind("s", status);
      }
      return q.bind("n", limit).map((rs, ctx) -> map(rs)).list();
    });
  }

  /** Cases opened from a stored post. */
  public List<Case> forPost(long postSeq) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
            + " FROM cases c LEFT JOIN users u ON u.id = c.assignee_id WHERE c.post_seq = :p ORDER BY c.id")
        .bind("p", postSeq).map((rs, ctx) -> map(rs)).list());
  }

  private static Case map(ResultSet rs) throws SQLException {
    return new Case(rs.getLong("id"), rs.getString("claim_text"), Rows.nullableLong(rs, "post_seq"),
        rs.getString("narrative_key"), rs.getString("status"), Rows.nullableLong(rs, "assignee_id"),
        rs.getString("assignee"), Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
  }
}
