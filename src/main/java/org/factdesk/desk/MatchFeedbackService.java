package org.factdesk.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.store.Database;

/**
 * Accept/reject decisions on suggested matches (post → fact-check): labelled data for evaluation and
 * training. Every decision is kept (a later one overrides an earlier one when read by
 * {@link #latest}). Needs {@link Role.Permission#MATCH_FEEDBACK}.
 */
public final class MatchFeedbackService {
  private final Database db;
  private final Clock clock;

  public MatchFeedbackService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** One decision as exported: post seq, fact-check id, accept, user name, time. */
  public record Decision(long postSeq, String factCheckId, boolean accept, String username, Instant at) {}

  /**
   * Records a decision.
   *
   * @throws InvalidFieldException {@code fact_check_id} blank or {@code post} unknown
   */
  public void record(Actor actor, long postSeq, String factCheckId, boolean accept) {
    actor.role().require(Role.Permission.MATCH_FEEDBACK);
    if (factCheckId == null || factCheckId.isBlank()) {
      throw new InvalidFieldException("fact_check_id", "must not be blank");
    }
    Rows.limit("fact_check_id", factCheckId, 1000);
    Instant now = clock.instant();
    db.jdbi().useTransaction(h -> {
      if (h.createQuery("SELECT COUNT(*) FROM posts WHERE seq = :s").bind("s", postSeq).mapTo(Long.class).one() == 0) {
        throw new NotFoundException("no stored post " + postSeq);
      }
      long id = h.createUpdate("INSERT INTO match_feedback (post_seq, fact_check_id, decision, user_id, decided_at) "
              + "VALUES (:p, :f, :d, :u, :t)")
          .bind("p", postSeq).bind("f", factCheckId).bind("d", accept ? "accept" : "reject").bind("u", actor.userId())
          .bind("t", Rows.utc(now)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      AuditLog.append(h, actor, now, accept ? "match.accept" : "match.reject", "match_feedback", id,
          Map.of("post_seq", postSeq, "fact_check_id", factCheckId));
    });
  }

  /** The latest decision per fact-check id for a post: id → accept. */
  public Map<String, Boolean> latest(long postSeq) {
    Map<String, Boolean> out = new HashMap<>();
    db.jdbi().useHandle(h -> h.createQuery(
            "SELECT fact_check_id, decision FROM match_feedback WHERE post_seq = :p ORDER BY id")
        .bind("p", postSeq)
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2).equals("accept")))
        .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  /** All decisions, oldest first (the labelled-data export). */
  public List<Decision> all() {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT m.post_seq, m.fact_check_id, m.decision, u.username, "
            + "m.decided_at FROM match_feedback m LEFT JOIN users u ON u.id = m.user_id ORDER BY m.id")
        .map((rs, ctx) -> new Decision(rs.getLong(1), rs.getString(2), rs.getString(3).equals("accept"),
            rs.getString(4), Rows.instant(rs, "decided_at")))
        .list());
  }
}
