package org.factdesk.desk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.store.Database;

/** Read-only queries behind the workbench dashboard. */
public final class DashboardService {
  /** Case statuses in workflow order. */
  public static final List<String> CASE_STATUSES = List.of("new", "in_progress", "in_review", "published", "closed");
  private final Database db;

  public DashboardService(Database db) {
    this.db = db;
  }

  /**
   * A stored post with its best stored match (never its author).
   *
   * @param seq posts.seq
   * @param source public page/outlet; may be null
   * @param publishedAt may be null
   * @param topScore best match confidence in [0, 1], or -1 when the post has no stored match
   * @param band the best match's confidence band ({@code confident}, {@code suggested}, {@code none}), or {@code none}
   */
  public record PostSummary(long seq, String source, String url, Instant publishedAt, String language, String text,
      double topScore, String band) {}

  /** Number of cases per status, in {@link #CASE_STATUSES} order (zeros included). */
  public Map<String, Long> casesByStatus() {
    Map<String, Long> out = new LinkedHashMap<>();
    CASE_STATUSES.forEach(s -> out.put(s, 0L));
    db.jdbi().useHandle(h -> h.createQuery("SELECT status, COUNT(*) FROM cases GROUP BY status")
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  /** Number of stored posts (duplicates stored once). */
  public long posts() {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM posts").mapTo(Long.class).one());
  }

  /**
   * The newest posts without a confident match (best stored match below the confident band, or none),
   * that are not near-duplicates of an earlier post and have no case yet — the claims waiting for a desk.
   *
   * @param limit at most this many, newest (by published date, then storage order) first
   */
  public List<PostSummary> newestUnmatched(int limit) {
    return db.jdbi().withHandle(h -> h.createQuery(
            "SELECT p.seq, p.source, p.url, p.published_at, p.language, p.text, m.confidence, m.band FROM posts p "
                + "LEFT JOIN post_matches m ON m.post_seq = p.seq AND m.rank = 1 "
                + "WHERE p.duplicate_of IS NULL AND (m.band IS NULL OR m.band <> 'confident') "
                + "AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.post_seq = p.seq) "
                + "ORDER BY p.published_at DESC NULLS LAST, p.seq DESC LIMIT :n")
        .bind("n", limit)
        .map((rs, ctx) -> {
          Timestamp ts = rs.getTimestamp(4);
          double conf = rs.getDouble(7);
          boolean none = rs.wasNull();
          return new PostSummary(rs.getLong(1), rs.getString(2), rs.getString(3), ts == null ? null : ts.toInstant(),
              rs.getString(5), rs.getString(6), none ? -1 : conf, none ? "none" : rs.getString(8));
        })
        .list());
  }
}
