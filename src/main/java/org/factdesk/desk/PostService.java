package org.factdesk.desk;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.store.Database;

/**
 * Read access to stored posts for the workbench: the text, public outlet/page, URL, date and
 * language — never the author (not even its pseudonym) — and the stored top-k matches.
 */
public final class PostService {
  private final Database db;

  public PostService(Database db) {
    this.db = db;
  }

  /**
   * A stored post as the desk shows it.
   *
   * @param duplicateOf seq of the first copy when this is a near-duplicate, else null
   * @param sightings other places the same post was seen
   */
  public record PostView(long seq, String postId, String source, String url, Instant publishedAt, String language,
      String text, Long duplicateOf, long sightings) {}

  /** A stored match of a post, best first. */
  public record StoredMatch(int rank, String factCheckId, double score, double confidence, String band) {}

  /** The post with {@code seq}. */
  public Optional<PostView> find(long seq) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT p.seq, p.post_id, p.source, p.url, p.published_at, "
            + "p.language, p.text, p.duplicate_of, (SELECT COUNT(*) FROM post_sightings s WHERE s.post_seq = p.seq) AS n "
            + "FROM posts p WHERE p.seq = :s")
        .bind("s", seq)
        .map((rs, ctx) -> new PostView(rs.getLong("seq"), rs.getString("post_id"), rs.getString("source"),
            rs.getString("url"), Rows.instant(rs, "published_at"), rs.getString("language"), rs.getString("text"),
            Rows.nullableLong(rs, "duplicate_of"), rs.getLong("n")))
        .findOne());
  }

  /** Posts by seq, in the order of {@code seqs} (unknown seqs skipped). */
  public List<PostView> findAll(Collection<Long> seqs) {
    Map<Long, PostView> bySeq = new LinkedHashMap<>();
    for (Long s : seqs) {
      find(s).ifPresent(p -> bySeq.put(s, p));
    }
    return List.copyOf(bySeq.values());
  }

  /** The stored matches of a post, best first. */
  public List<StoredMatch> matches(long seq) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT rank, fact_check_id, score, confidence, band "
            + "FROM post_matches WHERE post_seq = :s ORDER BY rank")
        .bind("s", seq)
        .map((rs, ctx) -> new StoredMatch(rs.getInt(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
            rs.getString(5)))
        .list());
  }

  /** Distinct sources (public pages/outlets) of stored posts, for the search filter; at most {@code limit}. */
  public List<String> sources(int limit) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT source FROM posts WHERE source IS NOT NULL "
            + "ORDER BY source LIMIT :n")
        .bind("n", limit).mapTo(String.class).list());
  }
}
