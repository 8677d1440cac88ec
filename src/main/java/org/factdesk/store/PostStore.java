package org.factdesk.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The {@code posts}, {@code post_keys}, {@code post_sightings} and {@code post_matches} tables.
 * Methods taking a {@link Handle} run inside the caller's transaction, so a batch of posts, their
 * keys and the source checkpoint commit together.
 */
public final class PostStore {
  private final Database db;

  public PostStore(Database db) {
    this.db = db;
  }

  /** A dedupe key row: its kind ({@code url}, {@code id}, {@code content}, {@code fp}). */
  public record Key(long hash, String kind, long postSeq) {}

  /** A duplicate's other appearance (another page, URL or id). */
  public record Sighting(long postSeq, Post post, String origin, long originRecord) {}

  /** One stored match. */
  public record MatchRow(long postSeq, int rank, String factCheckId, double score, double confidence, String band) {}

  /** Highest seq stored, 0 when empty. */
  public long maxSeq() {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM posts").mapTo(Long.class).one());
  }

  /** Number of stored posts. */
  public long count() {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM posts").mapTo(Long.class).one());
  }

  /** Number of kept sightings of duplicates. */
  public long sightings() {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM post_sightings").mapTo(Long.class).one());
  }

  /**
   * Which of {@code hashes} are already stored.
   *
   * @return hash → seq of the post it belongs to
   */
  public Map<Long, Long> findKeys(Handle h, Collection<Long> hashes) {
    Map<Long, Long> found = new HashMap<>();
    if (hashes.isEmpty()) {
      return found;
    }
    // joined from a table of the keys, so each is one primary-key lookup (a long "IN (?, ...)" or
    // "= ANY(?)" makes H2 scan the whole table)
    String sql = db.kind().equals("h2")
        ? "SELECT k.key_hash, k.post_seq FROM TABLE(x BIGINT = :keys) t JOIN post_keys k ON k.key_hash = t.x"
        : "SELECT k.key_hash, k.post_seq FROM unnest(:keys) AS t(x) JOIN post_keys k ON k.key_hash = t.x";
    List<Long> all = new ArrayList<>(hashes);
    for (int from = 0; from < all.size(); from += 10_000) {
      List<Long> part = all.subList(from, Math.min(all.size(), from + 10_000));
      h.createQuery(sql)
          .bindArray("keys", Long.class, part)
          .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
          .forEach(e -> found.put(e.getKey(), e.getValue()));
    }
    return found;
  }

  /** Inserts posts (seq given) in one batch. */
  public void insertPosts(Handle h, List<StoredPost> posts, Instant ingestedAt) {
    if (posts.isEmpty()) {
      return;
    }
    PreparedBatch b = h.prepareBatch(
        "INSERT INTO posts (seq, post_id, source, url, canonical_url, published_at, text, language, author_key, "
            + "likes, shares, comments, content_key, fingerprint, duplicate_of, origin, origin_record, ingested_at) "
            + "VALUES (:seq, :id, :source, :url, :canonical, :published, :text, :language, :author, "
            + ":likes, :shares, :comments, :content, :fp, :dup, :origin, :line, :ingested)");
    OffsetDateTime now = utc(ingestedAt);
    for (StoredPost s : posts) {
      Post p = s.post();
      Engagement e = p.engagement();
      b.bind("seq", s.seq()).bind("id", p.id()).bind("source", p.source()).bind("url", p.url())
          .bind("canonical", s.canonicalUrl()).bind("published", utc(p.publishedAt())).bind("text", p.text())
          .bind("language", s.language()).bind("author", p.authorKey())
          .bind("likes", e.likes()).bind("shares", e.shares()).bind("comments", e.comments())
          .bind("content", s.contentKey()).bind("fp", s.fingerprint()).bind("dup", s.duplicateOf())
          .bind("origin", s.origin()).bind("line", s.originRecord()).bind("ingested", now)
          .add();
    }
    b.execute();
  }

  /** Inserts dedupe keys. */
  public void insertKeys(Handle h, List<Key> keys) {
    if (keys.isEmpty()) {
      return;
    }
    PreparedBatch b = h.prepareBatch("INSERT INTO post_keys (key_hash, kind, post_seq) VALUES (:hash, :kind, :seq)");
    for (Key k : keys) {
      b.bind("hash", k.hash()).bind("kind", k.kind()).bind("seq", k.postSeq()).add();
    }
    b.execute();
  }

  /** Inserts sightings of duplicates. */
  public void insertSightings(Handle h, List<Sighting> sightings) {
    if (sightings.isEmpty()) {
      return;
    }
    PreparedBatch b = h.prepareBatch(
        "INSERT INTO post_sightings (post_seq, post_id, source, url, published_at, likes, shares, comments, origin, origin_record) "
            + "VALUES (:seq, :id, :source, :url, :published, :likes, :shares, :comments, :origin, :line)");
    for (Sighting s : sightings) {
      Post p = s.post();
      Engagement e = p.engagement();
      b.bind("seq", s.postSeq()).bind("id", p.id()).bind("source", p.source()).bind("url", p.url())
          .bind("published", utc(p.publishedAt()))
          .bind("likes", e.likes()).bind("shares", e.shares()).bind("comments", e.comments())
          .bind("origin", s.origin()).bind("line", s.originRecord()).add();
    }
    b.execute();
  }

  /** Inserts matches. */
  public void insertMatches(Handle h, List<MatchRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    PreparedBatch b = h.prepareBatch(
        "INSERT INTO post_matches (post_seq, rank, fact_check_id, score, confidence, band) "
            + "VALUES (:seq, :rank, :fc, :score, :confidence, :band)");
    for (MatchRow r : rows) {
      b.bind("seq", r.postSeq()).bind("rank", r.rank()).bind("fc", r.factCheckId()).bind("score", r.score())
          .bind("confidence", r.confidence()).bind("band", r.band()).add();
    }
    b.execute();
  }

  /**
   * Streams stored posts with {@code seq > afterSeq} in seq order (used to bring the posts index up to
   * date after a crash).
   */
  public void forEachAfter(long afterSeq, Consumer<StoredPost> sink) {
    db.jdbi().useHandle(h -> h.createQuery(
            "SELECT " + POST_COLUMNS + " FROM posts p WHERE p.seq > :after ORDER BY p.seq")
        .bind("after", afterSeq)
        .setFetchSize(1000)
        .map((rs, ctx) -> storedPost(rs))
        .forEach(sink));
  }

  /** The 17 columns {@link #storedPost} reads, from {@code posts p}. */
  private static final String POST_COLUMNS = "p.seq, p.post_id, p.source, p.url, p.canonical_url, p.published_at, "
      + "p.text, p.language, p.author_key, p.likes, p.shares, p.comments, p.content_key, p.fingerprint, "
      + "p.duplicate_of, p.origin, p.origin_record";

  /** A stored post from columns 1–17 in {@link #POST_COLUMNS} order. */
  private static StoredPost storedPost(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp ts = rs.getTimestamp(6);
    Post p = new Post(rs.getString(2), rs.getString(3), rs.getString(4), ts == null ? null : ts.toInstant(),
        rs.getString(7), rs.getString(8), rs.getString(9),
        new Engagement(rs.getLong(10), rs.getLong(11), rs.getLong(12)));
    return new StoredPost(rs.getLong(1), p, rs.getString(5), rs.getString(8), nullableLong(rs, 13),
        nullableLong(rs, 14), nullableLong(rs, 15), rs.getString(16), rs.getLong(17));
  }

  /** A stored post with its best stored match (null when ingest found none). */
  public record PostWithTopMatch(StoredPost post, MatchRow top) {}

  /**
   * Streams every stored post in seq order with its rank-1 match (one LEFT JOIN, no per-post query),
   * e.g. to rebuild narratives from the database.
   */
  public void forEachWithTopMatch(Consumer<PostWithTopMatch> sink) {
    db.jdbi().useHandle(h -> h.createQuery(
            "SELECT " + POST_COLUMNS + ", m.fact_check_id, m.score, m.confidence, m.band "
                + "FROM posts p LEFT JOIN post_matches m ON m.post_seq = p.seq AND m.rank = 1 ORDER BY p.seq")
        .setFetchSize(1000)
        .map((rs, ctx) -> {
          StoredPost sp = storedPost(rs);
          return new PostWithTopMatch(sp, topMatch(rs, sp.seq(), 18));
        })
        .forEach(sink));
  }

  /**
   * Streams every sighting (a duplicate's other appearance: its own page, URL, date and engagement)
   * in insertion order as a post carrying the text, language and rank-1 match of the post it
   * duplicates; {@code seq} of the yielded post is that post's seq.
   */
  public void forEachSightingWithTopMatch(Consumer<PostWithTopMatch> sink) {
    db.jdbi().useHandle(h -> h.createQuery(
            "SELECT s.post_seq, s.post_id, s.source, s.url, s.published_at, p.text, p.language, s.likes, s.shares, "
                + "s.comments, s.origin, s.origin_record, m.fact_check_id, m.score, m.confidence, m.band "
                + "FROM post_sightings s JOIN posts p ON p.seq = s.post_seq "
                + "LEFT JOIN post_matches m ON m.post_seq = s.post_seq AND m.rank = 1 ORDER BY s.id")
        .setFetchSize(1000)
        .map((rs, ctx) -> {
          Timestamp ts = rs.getTimestamp(5);
          Post p = new Post(rs.getString(2), rs.getString(3), rs.getString(4), ts == null ? null : ts.toInstant(),
              rs.getString(6), rs.getString(7), null, new Engagement(rs.getLong(8), rs.getLong(9), rs.getLong(10)));
          StoredPost sp = new StoredPost(rs.getLong(1), p, null, rs.getString(7), null, null, rs.getLong(1),
              rs.getString(11), rs.getLong(12));
          return new PostWithTopMatch(sp, topMatch(rs, sp.seq(), 13));
        })
        .forEach(sink));
  }

  /** The rank-1 match in columns {@code first..first+3} (fact-check id, score, confidence, band), or null. */
  private static MatchRow topMatch(java.sql.ResultSet rs, long seq, int first) throws java.sql.SQLException {
    String fc = rs.getString(first);
    return fc == null ? null
        : new MatchRow(seq, 1, fc, rs.getDouble(first + 1), rs.getDouble(first + 2), rs.getString(first + 3));
  }

  private static Long nullableLong(java.sql.ResultSet rs, int col) throws java.sql.SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : v;
  }

  static OffsetDateTime utc(Instant t) {
    return t == null ? null : t.atOffset(ZoneOffset.UTC);
  }
}
