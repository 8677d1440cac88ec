package org.factdesk.web.portal;

import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.Response;
import org.factdesk.desk.Desk;
import org.factdesk.store.Database;
import org.factdesk.store.TestDatabases;
import org.factdesk.web.LoginRateLimiter;
import org.factdesk.web.WebApp;
import org.factdesk.web.WebConfig;
import org.factdesk.web.api.FeedRoutes;

/**
 * A desk on a fresh test database with published fact-checks inserted by SQL (as the publish workflow
 * leaves them: a revision with {@code published_at}, the article's {@code published_revision_id}),
 * and the portal over it with a hand-moved clock and a counter that flushes only when asked.
 */
public final class PortalFixture implements AutoCloseable {
  static final String PUBLIC_URL = "https://kiemchung.example.org";
  /** A desktop browser's user agent (the test client's own, okhttp, counts as a bot). */
  public static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
      + "Chrome/126.0 Safari/537.36";
  public final Database db;
  final Desk desk;
  public final MutableClock clock = new MutableClock();
  final WebConfig config = new WebConfig(0, PUBLIC_URL, WebConfig.DEFAULT_MAX_UPLOAD);
  private Portal portal;

  public PortalFixture(Path dir) {
    db = TestDatabases.fresh(dir);
    desk = Desk.open(db, dir, clock);
    category("y-te-cong-dong", "Y tế cộng đồng", "Public health");
    category("gia-ca-thi-truong", "Giá cả thị trường", "Market prices");
  }

  /** Adds a category (slugs chosen so no migration's seed categories collide). */
  void category(String slug, String vi, String en) {
    db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO categories (slug, name_vi, name_en) VALUES (?, ?, ?)")
        .bind(0, slug).bind(1, vi).bind(2, en).execute());
  }

  /** An article to insert; fluent setters for what a test cares about. */
  public static final class Article {
    String slug;
    String title;
    String claim;
    String summary = "";
    String body = "";
    String category;
    String lang = "vi";
    String verdict = "false";
    boolean featured;
    Instant published = Instant.parse("2026-02-01T09:00:00Z");
    String appearances = "[]";
    String sources = "[]";

    public Article(String slug, String title, String claim) {
      this.slug = slug;
      this.title = title;
      this.claim = claim;
    }

    public Article category(String c) { category = c; return this; }
    public Article lang(String l) { lang = l; return this; }
    public Article verdict(String v) { verdict = v; return this; }
    public Article featured() { featured = true; return this; }
    public Article published(String iso) { published = Instant.parse(iso); return this; }
    public Article body(String b) { body = b; return this; }
    public Article summary(String s) { summary = s; return this; }
    public Article appearances(String json) { appearances = json; return this; }
    public Article sources(String json) { sources = json; return this; }
  }

  /** Inserts {@code a} as published (revision 1); returns its id. */
  public long publish(Article a) {
    return db.jdbi().inTransaction(h -> {
      Long cat = a.category == null ? null : h.createQuery("SELECT id FROM categories WHERE slug = ?")
          .bind(0, a.category).mapTo(Long.class).one();
      long id = h.createUpdate("INSERT INTO fact_checks (slug, category_id, lang, featured, status, first_published_at, "
              + "created_at, updated_at) VALUES (:s, :c, :l, :f, 'published', :t, :t, :t)")
          .bind("s", a.slug).bind("c", cat).bind("l", a.lang).bind("f", a.featured)
          .bind("t", a.published.atOffset(ZoneOffset.UTC))
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      long rev = revision(h, id, 1, a, a.published);
      h.createUpdate("UPDATE fact_checks SET published_revision_id = ? WHERE id = ?").bind(0, rev).bind(1, id).execute();
      return id;
    });
  }

  /** Adds revision {@code no} of article {@code id}: published at {@code at}, or a draft when null. */
  long revise(long id, int no, Article a, Instant at) {
    return db.jdbi().inTransaction(h -> {
      long rev = revision(h, id, no, a, at);
      if (at != null) {
        h.createUpdate("UPDATE fact_checks SET published_revision_id = ? WHERE id = ?").bind(0, rev).bind(1, id)
            .execute();
      }
      return rev;
    });
  }

  private static long revision(org.jdbi.v3.core.Handle h, long id, int no, Article a, Instant at) {
    return h.createUpdate("INSERT INTO fact_check_revisions (fact_check_id, revision_no, title, summary, body_md, "
            + "claim_reviewed, appearances, verdict_code, sources_json, author, created_at, published_at) "
            + "VALUES (:id, :no, :title, :summary, :body, :claim, :app, :v, :src, 'editor', :created, :at)")
        .bind("id", id).bind("no", no).bind("title", a.title).bind("summary", a.summary).bind("body", a.body)
        .bind("claim", a.claim).bind("app", a.appearances).bind("v", a.verdict).bind("src", a.sources)
        .bind("created", a.published.atOffset(ZoneOffset.UTC)).bind("at", at == null ? null : at.atOffset(ZoneOffset.UTC))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  /** The portal (opened on first use, so fact-checks inserted before are in its index). */
  public Portal portal() {
    return portal(PortalRoutes.Renderers.standard());
  }

  Portal portal(PortalRoutes.Renderers renderers) {
    if (portal == null) {
      portal = Portal.open(desk, config, "factdesk", renderers, 0, Duration.ZERO, 0);
    }
    return portal;
  }

  /** The portal and the feeds/embed routes over its index, as {@code factdesk serve} wires them. */
  public Javalin app() {
    FeedRoutes feeds = new FeedRoutes(portal().index(), PUBLIC_URL, "factdesk", "vi");
    return WebApp.create(config, desk, new LoginRateLimiter(5, Duration.ofMinutes(15), clock),
        List.of(portal().routes(), feeds::register));
  }

  /** A page fetched like a browser; {@code body} read, status and headers kept. */
  record Page(int status, String body, Response response) {
    String header(String name) {
      return response.header(name);
    }
  }

  static Page get(HttpClient client, String path) {
    return get(client, path, BROWSER);
  }

  static Page get(HttpClient client, String path, String userAgent) {
    try (Response r = client.get(path, req -> {
      if (userAgent != null) {
        req.header("User-Agent", userAgent);
      }
    })) {
      return new Page(r.code(), r.body() == null ? "" : r.body().string(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (portal != null) {
      portal.close();
    }
    db.close();
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-03-01T08:00:00Z");

    void set(String iso) {
      now = Instant.parse(iso);
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
