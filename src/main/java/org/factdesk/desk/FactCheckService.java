package org.factdesk.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.publish.SourceLink;
import org.factdesk.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * Fact-check articles and their revisions, with the review → publish workflow:
 *
 * <pre>
 *   create/save (editor) ──▶ draft ──submit (editor)──▶ in_review ──approve &amp; publish (reviewer/editor)──▶ published
 *                              ▲                           │                                                   │
 *                              └──────send back (reviewer)─┘◀───────────── save (editor): new draft revision ──┘
 * </pre>
 *
 * <p>Each article has at most one unpublished revision (the working draft); saving edits it, or — when
 * the latest revision is published — starts revision n+1 as a copy. Publishing stamps the working
 * revision ({@code published_at}, {@code reviewed_by}), makes it the article's published revision and
 * moves the case to {@code published}; a published revision is never changed again, so re-publishing
 * always makes a new revision. The public site keeps showing the last published revision while a new
 * draft is edited. Permissions per {@link Role}; every change writes an audit row in its transaction.
 */
public final class FactCheckService {
  /** Article statuses. */
  public static final List<String> STATUSES = List.of("draft", "in_review", "published");
  private final Database db;
  private final Clock clock;
  private final RatingScale scale;
  private final CaseService cases;

  private final java.util.List<java.util.function.LongConsumer> publishListeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * Registers a callback run after each successful publication with the fact-check id (e.g. refresh the
   * portal, upsert into the matching index). A failing callback is logged and does not undo the
   * publication.
   */
  public void onPublished(java.util.function.LongConsumer listener) {
    publishListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
  }

  public FactCheckService(Database db, Clock clock, RatingScale scale, CaseService cases) {
    this.db = db;
    this.clock = clock;
    this.scale = scale;
    this.cases = cases;
  }

  /** An article's metadata (the current state, not versioned). */
  public record Meta(long id, String slug, Long caseId, String categorySlug, String lang, boolean featured,
      String status, Long publishedRevisionId, Instant firstPublishedAt, Instant createdAt, Instant updatedAt) {}

  /** One revision; {@code publishedAt} null for the working draft. */
  public record Revision(long id, long factCheckId, int number, String title, String summary, String bodyMarkdown,
      String claimReviewed, List<String> appearances, String verdictCode, List<SourceLink> sources, String author,
      Instant createdAt, String reviewedBy, Instant publishedAt) {
    /** The revision's fields as an editable draft of {@code meta}. */
    public Draft draft(Meta meta) {
      return new Draft(title, summary, bodyMarkdown, claimReviewed, appearances, verdictCode, sources,
          meta.categorySlug(), meta.lang(), meta.featured());
    }
  }

  /**
   * An article: its metadata, newest revision (the working draft if any) and the revision the public
   * site shows (null before the first publication).
   */
  public record Article(Meta meta, Revision latest, Revision published) {}

  /**
   * A published revision with what the public read model needs from the case: the outlet the claim
   * came from and when it was first seen (the case's stored post, if any).
   */
  public record PublishedRow(Meta meta, Revision revision, String claimOrigin, LocalDate claimFirstSeen) {}

  /**
   * Creates an article (status draft, revision 1) for an optional case; the case moves to
   * {@code in_progress} if it was {@code new}.
   *
   * @throws InvalidFieldException naming the field of an invalid draft
   */
  public Article create(Actor actor, Long caseId, Draft d) {
    return create(actor, caseId, d, null);
  }

  /**
   * As {@link #create(Actor, Long, Draft)} with a wanted slug (the API's {@code slug} field).
   *
   * @param wantedSlug {@code [a-z0-9-]+}, or null to derive one from the title
   * @throws InvalidFieldException field {@code slug} when the wanted slug is malformed or taken
   */
  public Article create(Actor actor, Long caseId, Draft d, String wantedSlug) {
    actor.role().require(Role.Permission.WRITE_DRAFTS);
    validate(d);
    Instant now = clock.instant();
    long id = db.jdbi().inTransaction(h -> {
      if (caseId != null) {
        String status = h.createQuery("SELECT status FROM cases WHERE id = :c").bind("c", caseId)
            .mapTo(String.class).findOne().orElseThrow(() -> new InvalidFieldException("case", "no case " + caseId));
        if (status.equals("new")) {
          cases.setStatus(h, actor, now, caseId, "in_progress");
        }
      }
      String slug;
      if (wantedSlug == null) {
        slug = uniqueSlug(h, Slugs.of(d.title()));
      } else if (!wantedSlug.matches("[a-z0-9]+(-[a-z0-9]+)*") || wantedSlug.length() > 200) {
        throw new InvalidFieldException("slug", "must be lower-case letters, digits and single hyphens");
      } else if (h.createQuery("SELECT COUNT(*) FROM fact_checks WHERE slug = :s").bind("s", wantedSlug)
          .mapTo(Long.class).one() > 0) {
        throw new InvalidFieldException("slug", "slug '" + wantedSlug + "' is already used");
      } else {
        slug = wantedSlug;
      }
      long fcId = h.createUpdate("INSERT INTO fact_checks (slug, case_id, category_id, lang, featured, status, "
              + "created_at, updated_at) VALUES (:slug, :case, :cat, :lang, :f, 'draft', :t, :t)")
          .bind("slug", slug).bind("case", caseId).bind("cat", categoryId(h, d.categorySlug())).bind("lang", d.lang())
          .bind("f", d.featured()).bind("t", Rows.utc(now))
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      insertRevision(h, fcId, 1, d, actor, now);
      AuditLog.append(h, actor, now, "factcheck.create", "fact_check", fcId, Map.of("slug", slug, "revision", 1));
      return fcId;
    });
    return find(id).orElseThrow();
  }

  /**
   * Saves the editor's fields: updates the working draft, or starts a new revision after a published
   * one. An article in review goes back to draft (it must be submitted again).
   */
  public Article save(Actor actor, long id, Draft d) {
    actor.role().require(Role.Permission.WRITE_DRAFTS);
    validate(d);
    Instant now = clock.instant();
    db.jdbi().useTransaction(h -> {
      Meta meta = meta(h, id);
      Revision latest = latest(h, id);
      int number = latest.number();
      if (latest.publishedAt() == null) {
        h.createUpdate("UPDATE fact_check_revisions SET title = :title, summary = :summary, body_md = :body, "
                + "claim_reviewed = :claim, appearances = :app, verdict_code = :verdict, sources_json = :sources, "
                + "author = :author, created_by = :by, created_at = :t WHERE id = :id")
            .bindMap(revisionValues(d, actor, now)).bind("id", latest.id()).execute();
      } else {
        number = latest.number() + 1;
        insertRevision(h, id, number, d, actor, now);
      }
      h.createUpdate("UPDATE fact_checks SET category_id = :cat, lang = :lang, featured = :f, status = 'draft', "
              + "updated_at = :t WHERE id = :id")
          .bind("cat", categoryId(h, d.categorySlug())).bind("lang", d.lang()).bind("f", d.featured())
          .bind("t", Rows.utc(now)).bind("id", id).execute();
      AuditLog.append(h, actor, now, "factcheck.save", "fact_check", id,
          Map.of("revision", number, "previous_status", meta.status()));
    });
    return find(id).orElseThrow();
  }

  /**
   * Submits the working draft for review.
   *
   * @throws InvalidFieldException {@code status} when not a draft, {@code verdict} when no verdict is chosen
   */
  public void submit(Actor actor, long id) {
    actor.role().require(Role.Permission.WRITE_DRAFTS);
    Instant now = clock.instant();
    db.jdbi().useTransaction(h -> {
      Meta meta = meta(h, id);
      Revision latest = latest(h, id);
      if (!meta.status().equals("draft") || latest.publishedAt() != null) {
        throw new InvalidFieldException("status", "only a draft can be submitted (this one is " + meta.status() + ")");
      }
      if (latest.verdictCode() == null) {
        throw new InvalidFieldException("verdict", "choose a verdict before submitting for review");
      }
      setStatus(h, id, "in_review", now);
      if (meta.caseId() != null) {
        cases.setStatus(h, actor, now, meta.caseId(), "in_review");
      }
      AuditLog.append(h, actor, now, "factcheck.submit", "fact_check", id, Map.of("revision", latest.number()));
    });
  }

  /** Sends an article in review back to draft. */
  public void sendBack(Actor actor, long id) {
    actor.role().require(Role.Permission.APPROVE_PUBLISH);
    Instant now = clock.instant();
    db.jdbi().useTransaction(h -> {
      Meta meta = meta(h, id);
      if (!meta.status().equals("in_review")) {
        throw new InvalidFieldException("status", "only an article in review can be sent back");
      }
      setStatus(h, id, "draft", now);
      if (meta.caseId() != null) {
        cases.setStatus(h, actor, now, meta.caseId(), "in_progress");
      }
      AuditLog.append(h, actor, now, "factcheck.send_back", "fact_check", id, Map.of());
    });
  }

  /**
   * Approves the article in review and publishes its working revision.
   *
   * @return the published revision's number
   * @throws InvalidFieldException {@code status} when the article is not in review
   */
  public int approveAndPublish(Actor actor, long id) {
    actor.role().require(Role.Permission.APPROVE_PUBLISH);
    Instant now = clock.instant();
    int number = db.jdbi().inTransaction(h -> {
      Meta meta = meta(h, id);
      Revision latest = latest(h, id);
      if (!meta.status().equals("in_review") || latest.publishedAt() != null) {
        throw new InvalidFieldException("status", "only an article in review can be published (this one is "
            + meta.status() + ")");
      }
      h.createUpdate("UPDATE fact_check_revisions SET published_at = :t, reviewed_by = :u WHERE id = :id")
          .bind("t", Rows.utc(now)).bind("u", actor.userId()).bind("id", latest.id()).execute();
      h.createUpdate("UPDATE fact_checks SET status = 'published', published_revision_id = :rev, "
              + "first_published_at = COALESCE(first_published_at, :t), updated_at = :t WHERE id = :id")
          .bind("rev", latest.id()).bind("t", Rows.utc(now)).bind("id", id).execute();
      if (meta.caseId() != null) {
        cases.setStatus(h, actor, now, meta.caseId(), "published");
      }
      AuditLog.append(h, actor, now, "factcheck.publish", "fact_check", id,
          Map.of("revision", latest.number(), "slug", meta.slug()));
      return latest.number();
    });
    for (java.util.function.LongConsumer l : publishListeners) {
      try {
        l.accept(id);
      } catch (RuntimeException e) {
        System.err.println("factdesk: after publishing fact-check " + id + ": " + e);
      }
    }
    return number;
  }

  /**
   * States where the reviewed claim came from (shown on the article and in ClaimReview {@code itemReviewed});
   * overrides what the case's post says. Audited.
   *
   * @param origin a public outlet or page (never a private person), ≤ 1,000 characters; null to clear
   * @param firstSeen the day the claim was first seen; null to clear
   * @throws InvalidFieldException {@code claim_origin} too long
   */
  public void setClaimAttribution(Actor actor, long id, String origin, java.time.LocalDate firstSeen) {
    actor.role().require(Role.Permission.WRITE_DRAFTS);
    String o = origin == null || origin.isBlank() ? null : origin.strip();
    Rows.limit("claim_origin", o, 1000);
    Instant now = clock.instant();
    db.jdbi().useTransaction(h -> {
      meta(h, id);
      h.createUpdate("UPDATE fact_checks SET claim_origin = :o, claim_first_seen = :d, updated_at = :t WHERE id = :id")
          .bind("o", o).bind("d", firstSeen).bind("t", Rows.utc(now)).bind("id", id).execute();
      java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
      details.put("claim_origin", o);
      details.put("claim_first_seen", firstSeen == null ? null : firstSeen.toString());
      AuditLog.append(h, actor, now, "factcheck.attribution", "fact_check", id, details);
    });
  }

  /** The article with {@code id}. */
  public Optional<Article> find(long id) {
    return db.jdbi().withHandle(h -> {
      Optional<Meta> meta = h.createQuery(META_SQL + " WHERE f.id = :id").bind("id", id)
          .map((rs, ctx) -> meta(rs)).findOne();
      return meta.map(m -> article(h, m));
    });
  }

  /** The article with {@code slug}. */
  public Optional<Article> findBySlug(String slug) {
    return db.jdbi().withHandle(h -> h.createQuery(META_SQL + " WHERE f.slug = :s").bind("s", slug)
        .map((rs, ctx) -> meta(rs)).findOne().map(m -> article(h, m)));
  }

  /** Articles (metadata and newest revision), newest change first; {@code status} null for all. */
  public List<Article> list(String status, int limit) {
    return db.jdbi().withHandle(h -> {
      var q = h.createQuery(META_SQL + (status == null ? "" : " WHERE f.status = :s")
          + " ORDER BY f.updated_at DESC, f.id DESC LIMIT :n");
      if (status != null) {
        q.bind("s", status);
      }
      return q.bind("n", limit).map((rs, ctx) -> meta(rs)).list().stream().map(m -> article(h, m)).toList();
    });
  }

  /** Articles of a case. */
  public List<Article> forCase(long caseId) {
    return db.jdbi().withHandle(h -> h.createQuery(META_SQL + " WHERE f.case_id = :c ORDER BY f.id")
        .bind("c", caseId).map((rs, ctx) -> meta(rs)).list().stream().map(m -> article(h, m)).toList());
  }

  /** All revisions of an article, newest first. */
  public List<Revision> revisions(long id) {
    return db.jdbi().withHandle(h -> h.createQuery(REVISION_SQL + " WHERE r.fact_check_id = :id ORDER BY r.revision_no DESC")
        .bind("id", id).map((rs, ctx) -> revision(rs)).list());
  }

  /**
   * Published articles as the public site shows them (their published revision), newest first
   * publication first.
   *
   * @param limit at most this many
   */
  public List<PublishedRow> published(int limit) {
    return db.jdbi().withHandle(h -> h.createQuery(META_SQL + " WHERE f.published_revision_id IS NOT NULL "
            + "ORDER BY f.first_published_at DESC, f.id DESC LIMIT :n")
        .bind("n", limit).map((rs, ctx) -> meta(rs)).list().stream().map(m -> publishedRow(h, m)).toList());
  }

  /** The published article with {@code slug}, if it has been published. */
  public Optional<PublishedRow> publishedBySlug(String slug) {
    return db.jdbi().withHandle(h -> h.createQuery(META_SQL + " WHERE f.slug = :s AND f.published_revision_id IS NOT NULL")
        .bind("s", slug).map((rs, ctx) -> meta(rs)).findOne().map(m -> publishedRow(h, m)));
  }

  private PublishedRow publishedRow(Handle h, Meta m) {
    Revision r = h.createQuery(REVISION_SQL + " WHERE r.id = :id").bind("id", m.publishedRevisionId())
        .map((rs, ctx) -> revision(rs)).one();
    record Origin(String source, Instant date) {}
    Optional<Origin> origin = m.caseId() == null ? Optional.empty() : h.createQuery(
            "SELECT p.source, p.published_at FROM cases c JOIN posts p ON p.seq = c.post_seq WHERE c.id = :c")
        .bind("c", m.caseId()).map((rs, ctx) -> new Origin(rs.getString(1), Rows.instant(rs, "published_at")))
        .findOne();
    return new PublishedRow(m, r, origin.map(Origin::source).orElse(null),
        origin.map(Origin::date).map(t -> t.atZone(ZoneOffset.UTC).toLocalDate()).orElse(null));
  }

  private static final String META_SQL = "SELECT f.*, c.slug AS category_slug FROM fact_checks f "
      + "LEFT JOIN categories c ON c.id = f.category_id";
  private static final String REVISION_SQL = "SELECT r.*, u.username AS reviewer FROM fact_check_revisions r "
      + "LEFT JOIN users u ON u.id = r.reviewed_by";

  private Article article(Handle h, Meta m) {
    Revision latest = latest(h, m.id());
    Revision published = m.publishedRevisionId() == null ? null
        : h.createQuery(REVISION_SQL + " WHERE r.id = :id").bind("id", m.publishedRevisionId())
            .map((rs, ctx) -> revision(rs)).one();
    return new Article(m, latest, published);
  }

  private Meta meta(Handle h, long id) {
    return h.createQuery(META_SQL + " WHERE f.id = :id").bind("id", id).map((rs, ctx) -> meta(rs)).findOne()
        .orElseThrow(() -> new NotFoundException("no fact-check " + id));
  }

  private Revision latest(Handle h, long id) {
    return h.createQuery(REVISION_SQL + " WHERE r.fact_check_id = :id ORDER BY r.revision_no DESC LIMIT 1")
        .bind("id", id).map((rs, ctx) -> revision(rs)).one();
  }

  private void setStatus(Handle h, long id, String status, Instant now) {
    h.createUpdate("UPDATE fact_checks SET status = :s, updated_at = :t WHERE id = :id")
        .bind("s", status).bind("t", Rows.utc(now)).bind("id", id).execute();
  }

  private void insertRevision(Handle h, long fcId, int number, Draft d, Actor actor, Instant now) {
    h.createUpdate("INSERT INTO fact_check_revisions (fact_check_id, revision_no, title, summary, body_md, "
            + "claim_reviewed, appearances, verdict_code, sources_json, author, created_by, created_at) "
            + "VALUES (:fc, :no, :title, :summary, :body, :claim, :app, :verdict, :sources, :author, :by, :t)")
        .bindMap(revisionValues(d, actor, now)).bind("fc", fcId).bind("no", number).execute();
  }

  private static Map<String, Object> revisionValues(Draft d, Actor actor, Instant now) {
    Map<String, Object> v = new HashMap<>();
    v.put("title", d.title().strip());
    v.put("summary", d.summary());
    v.put("body", d.bodyMarkdown());
    v.put("claim", d.claimReviewed().strip());
    v.put("app", SourceLines.listToJson(d.appearances()));
    v.put("verdict", d.verdictCode());
    v.put("sources", SourceLines.toJson(d.sources()));
    v.put("author", actor.username());
    v.put("by", actor.userId());
    v.put("t", Rows.utc(now));
    return v;
  }

  private static String uniqueSlug(Handle h, String base) {
    String slug = base;
    for (int n = 2; h.createQuery("SELECT COUNT(*) FROM fact_checks WHERE slug = :s").bind("s", slug)
        .mapTo(Long.class).one() > 0; n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  private static Long categoryId(Handle h, String slug) {
    if (slug == null || slug.isBlank()) {
      return null;
    }
    return h.createQuery("SELECT id FROM categories WHERE slug = :s").bind("s", slug).mapTo(Long.class).findOne()
        .orElseThrow(() -> new InvalidFieldException("category", "no category '" + slug + "'"));
  }

  private void validate(Draft d) {
    if (d.title() == null || d.title().isBlank()) {
      throw new InvalidFieldException("title", "must not be blank");
    }
    Rows.limit("title", d.title(), 1000);
    if (d.claimReviewed() == null || d.claimReviewed().isBlank()) {
      throw new InvalidFieldException("claim_reviewed", "must not be blank");
    }
    Rows.limit("claim_reviewed", d.claimReviewed(), 4000);
    Rows.limit("summary", d.summary(), 4000);
    Rows.limit("body", d.bodyMarkdown(), 1_000_000);
    for (String a : d.appearances()) {
      try {
        EvidenceService.checkUrl(a);
      } catch (InvalidFieldException e) {
        throw new InvalidFieldException("appearances", "'" + a + "' is not an http(s) URL");
      }
    }
    if (d.verdictCode() != null && scale.find(d.verdictCode()).isEmpty()) {
      throw new InvalidFieldException("verdict", "not on the rating scale: '" + d.verdictCode() + "'");
    }
    if (!"vi".equals(d.lang()) && !"en".equals(d.lang())) {
      throw new InvalidFieldException("lang", "vi or en");
    }
    if (SourceLines.toJson(d.sources()).length() > 100_000) {
      throw new InvalidFieldException("sources", "too long");
    }
  }

  private static Meta meta(ResultSet rs) throws SQLException {
    return new Meta(rs.getLong("id"), rs.getString("slug"), Rows.nullableLong(rs, "case_id"),
        rs.getString("category_slug"), rs.getString("lang"), rs.getBoolean("featured"), rs.getString("status"),
        Rows.nullableLong(rs, "published_revision_id"), Rows.instant(rs, "first_published_at"),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
  }

  private static Revision revision(ResultSet rs) throws SQLException {
    return new Revision(rs.getLong("id"), rs.getLong("fact_check_id"), rs.getInt("revision_no"), rs.getString("title"),
        rs.getString("summary"), rs.getString("body_md"), rs.getString("claim_reviewed"),
        SourceLines.listFromJson(rs.getString("appearances")), rs.getString("verdict_code"),
        SourceLines.fromJson(rs.getString("sources_json")), rs.getString("author"), Rows.instant(rs, "created_at"),
        rs.getString("reviewer"), Rows.instant(rs, "published_at"));
  }
}
