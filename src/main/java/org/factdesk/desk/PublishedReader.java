package org.factdesk.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.publish.PublishedFactCheck;
import org.factdesk.publish.SourceLink;
import org.factdesk.store.Database;

/**
 * Reads what the public site shows: every fact-check's <em>published</em> revision
 * ({@code fact_checks.published_revision_id}), joined with its category, verdict and — when the case
 * was opened from a stored post — the outlet and date of that post, mapped to {@link PublishedFactCheck}.
 * A working draft is never read here. Read-only; no audit rows.
 *
 * <p>URL of an article: {@code <publicUrl>/fact-checks/<slug>}; verdict labelled in the article's
 * language from the {@code verdicts} table; author: the publishing organisation.
 */
public final class PublishedReader {
  /** A category as the portal lists it, with its number of published fact-checks. */
  public record Category(String slug, String nameVi, String nameEn, long published) {
    /** The name in {@code lang} ({@code en}, otherwise Vietnamese). */
    public String name(String lang) {
      return "en".equals(lang) ? nameEn : nameVi;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SQL = "SELECT f.id, f.slug, f.lang, f.featured, f.first_published_at, c.slug AS category, "
      + "r.revision_no, r.title, r.summary, r.body_md, r.claim_reviewed, r.appearances, r.sources_json, "
      + "r.published_at, v.code, v.label_vi, v.label_en, v.rating_value, v.worst, v.best, "
      + "p.source AS origin, p.published_at AS origin_at, f.claim_origin, f.claim_first_seen "
      + "FROM fact_checks f JOIN fact_check_revisions r ON r.id = f.published_revision_id "
      + "JOIN verdicts v ON v.code = r.verdict_code "
      + "LEFT JOIN categories c ON c.id = f.category_id "
      + "LEFT JOIN cases k ON k.id = f.case_id LEFT JOIN posts p ON p.seq = k.post_seq";

  private final Database db;
  private final String publicUrl;
  private final String organisation;
  private final String organisationUrl;

  /**
   * @param publicUrl the site's URL, e.g. {@code https://factdesk.example.org} (a trailing slash is dropped)
   * @param organisation the publishing desk's name (ClaimReview author), e.g. {@code factdesk}
   * @param organisationUrl its home page; may be null
   */
  public PublishedReader(Database db, String publicUrl, String organisation, String organisationUrl) {
    this.db = db;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    this.organisation = organisation;
    this.organisationUrl = organisationUrl;
  }

  /** Every published fact-check, newest first publication first (ties by id). */
  public List<PublishedFactCheck> all() {
    return db.jdbi().withHandle(h -> h.createQuery(SQL + " ORDER BY f.first_published_at DESC, f.id DESC")
        .map((rs, ctx) -> map(rs)).list());
  }

  /** The fact-check with {@code id} as published; empty if it does not exist or was never published. */
  public Optional<PublishedFactCheck> byId(long id) {
    return db.jdbi().withHandle(h -> h.createQuery(SQL + " WHERE f.id = :id").bind("id", id)
        .map((rs, ctx) -> map(rs)).findOne());
  }

  /** A fact-check's last change time ({@code fact_checks.updated_at}). */
  public record Change(long id, Instant updatedAt) {}

  /**
   * Fact-checks whose row changed at or after {@code since} (any status: publishing, a new revision,
   * unpublishing, featured/category edits all touch {@code updated_at}), oldest change first; all when
   * {@code since} is null.
   */
  public List<Change> changedSince(Instant since) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT id, updated_at FROM fact_checks"
            + (since == null ? "" : " WHERE updated_at >= :t") + " ORDER BY updated_at, id")
        .bindMap(since == null ? java.util.Map.of() : java.util.Map.of("t", since.atOffset(ZoneOffset.UTC)))
        .map((rs, ctx) -> new Change(rs.getLong(1), instant(rs, "updated_at"))).list());
  }

  /** All categories by slug, each with its number of published fact-checks. */
  public List<Category> categories() {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT c.slug, c.name_vi, c.name_en, "
            + "COUNT(f.published_revision_id) AS n FROM categories c LEFT JOIN fact_checks f ON f.category_id = c.id "
            + "GROUP BY c.slug, c.name_vi, c.name_en ORDER BY c.slug")
        .map((rs, ctx) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list());
  }

  private PublishedFactCheck map(ResultSet rs) throws SQLException {
    String slug = rs.getString("slug");
    String lang = rs.getString("lang");
    var verdict = new org.factdesk.publish.Verdict(rs.getString("code"),
        "en".equals(lang) ? rs.getString("label_en") : rs.getString("label_vi"), rs.getInt("rating_value"),
        rs.getInt("worst"), rs.getInt("best"));
    Instant first = instant(rs, "first_published_at");
    Instant revision = instant(rs, "published_at");
    Instant originAt = instant(rs, "origin_at");
    java.sql.Date stated = rs.getDate("claim_first_seen");
    LocalDate firstSeen = stated != null ? stated.toLocalDate()
        : originAt == null ? null : originAt.atZone(ZoneOffset.UTC).toLocalDate();
    String origin = rs.getString("claim_origin") != null ? rs.getString("claim_origin") : rs.getString("origin");
    return new PublishedFactCheck(rs.getLong("id"), slug, publicUrl + "/fact-checks/" + slug, lang,
        rs.getString("category"), rs.getString("title"), rs.getString("summary"), rs.getString("body_md"),
        rs.getString("claim_reviewed"), urls(slug, rs.getString("appearances")), firstSeen, origin,
        verdict, sources(slug, rs.getString("sources_json")), organisation, organisationUrl,
        first == null ? revision : first, revision, rs.getBoolean("featured"), rs.getInt("revision_no"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  /** {@code ["url", ...]}. */
  private static List<String> urls(String slug, String json) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : parse(slug, "appearances", json)) {
      if (n.isTextual() && !n.asText().isBlank()) {
        out.add(n.asText());
      }
    }
    return out;
  }

  /** {@code [{"title": ..., "url": ...}, ...]}; a source without a title is shown by its URL. */
  private static List<SourceLink> sources(String slug, String json) {
    List<SourceLink> out = new ArrayList<>();
    for (JsonNode n : parse(slug, "sources_json", json)) {
      String url = n.path("url").asText("");
      String title = n.path("title").asText("");
      if (!title.isBlank() || !url.isBlank()) {
        out.add(new SourceLink(title.isBlank() ? url : title, url.isBlank() ? null : url));
      }
    }
    return out;
  }

  private static JsonNode parse(String slug, String column, String json) {
    if (json == null || json.isBlank()) {
      return JSON.createArrayNode();
    }
    try {
      JsonNode n = JSON.readTree(json);
      if (!n.isArray()) {
        throw new IllegalStateException("fact-check " + slug + ": " + column + " is not a JSON array");
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("fact-check " + slug + ": " + column + " is not valid JSON", e);
    }
  }
}
