package org.factdesk.web.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.factdesk.publish.EmbedCard;
import org.factdesk.publish.FeedChannel;
import org.factdesk.publish.FeedWriter;
import org.factdesk.publish.PublishedFactCheck;
import org.factdesk.report.Html;

/**
 * Registers the partner distribution routes: {@code /feed.rss}, {@code /feed.atom}, {@code
 * /feed.json}, the same per category at {@code /category/{category}/feed.rss|atom|json}, and the
 * embeddable card at {@code /embed/{slug}}.
 *
 * <p>Feeds hold the {@value #FEED_SIZE} newest published fact-checks (of the category), newest
 * first, and link to the portal's {@code /category/{category}} page. Every response has a strong
 * {@code ETag} (SHA-256 of the body) and {@code Cache-Control: public, max-age=300}; a request whose
 * {@code If-None-Match} names the current tag gets 304 with no body (RFC 9110 §13.1.2). A category
 * that is not a slug, or a slug with no published fact-check, is 404; a well-formed category with
 * nothing published is an empty feed. The card sets a CSP allowing any site to frame it and nothing
 * else to load; feeds carry {@code Access-Control-Allow-Origin: *}. Do not add {@code X-Frame-Options} to {@code /embed/*}.
 */
public final class FeedRoutes {
  /** Items per feed. */
  public static final int FEED_SIZE = 50;
  /** Cache lifetime of feeds and cards, seconds. */
  public static final int MAX_AGE_SECONDS = 300;
  static final String RSS = "application/rss+xml; charset=utf-8";
  static final String ATOM = "application/atom+xml; charset=utf-8";
  static final String JSON_FEED = "application/feed+json; charset=utf-8";
  static final String EMBED_CSP =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors *";
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final PublishedFactChecks factChecks;
  private final String publicUrl;
  private final String siteTitle;
  private final String language;

  /**
   * @param factChecks published fact-checks
   * @param publicUrl the portal's public base URL, e.g. {@code https://desk.example} (a trailing
   *     slash is dropped); feed and card URLs are built on it
   * @param siteTitle the site name used as feed title, e.g. "factdesk"
   * @param language BCP-47 tag of the feeds ({@code vi})
   */
  public FeedRoutes(PublishedFactChecks factChecks, String publicUrl, String siteTitle, String language) {
    this.factChecks = Objects.requireNonNull(factChecks, "factChecks");
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    this.siteTitle = siteTitle;
    this.language = language;
    new FeedChannel(siteTitle, this.publicUrl + "/feed.rss", this.publicUrl + "/", language, ""); // fail fast
  }

  /** Adds the feed and embed routes to {@code app}. */
  public void register(Javalin app) {
    app.get("/feed.rss", ctx -> feed(ctx, null, ".rss", FeedWriter::rss, RSS));
    app.get("/feed.atom", ctx -> feed(ctx, null, ".atom", FeedWriter::atom, ATOM));
    app.get("/feed.json", ctx -> feed(ctx, null, ".json", FeedWriter::jsonFeed, JSON_FEED));
    app.get("/category/{category}/feed.rss", ctx -> feed(ctx, ctx.pathParam("category"), ".rss", FeedWriter::rss, RSS));
    app.get("/category/{category}/feed.atom", ctx -> feed(ctx, ctx.pathParam("category"), ".atom", FeedWriter::atom, ATOM));
    app.get("/category/{category}/feed.json",
        ctx -> feed(ctx, ctx.pathParam("category"), ".json", FeedWriter::jsonFeed, JSON_FEED));
    app.get("/embed/{slug}", this::embed);
  }

  /** The URL partners put in the iframe for a fact-check. */
  public String embedUrl(PublishedFactCheck fc) {
    return publicUrl + "/embed/" + fc.slug();
  }

  /** The iframe snippet editors copy for a fact-check (see {@link EmbedCard#iframeSnippet}). */
  public String embedSnippet(PublishedFactCheck fc) {
    return EmbedCard.iframeSnippet(embedUrl(fc), fc);
  }

  private void feed(Context ctx, String category, String ext,
      BiFunction<FeedChannel, List<PublishedFactCheck>, String> writer, String contentType) {
    if (category != null && !SLUG.matcher(category).matches()) {
      notFound(ctx, "no such category");
      return;
    }
    String path = category == null ? "/feed" + ext : "/category/" + category + "/feed" + ext;
    String site = category == null ? publicUrl + "/" : publicUrl + "/category/" + category;
    String title = category == null ? siteTitle : siteTitle + " — " + category;
    FeedChannel channel = new FeedChannel(title, publicUrl + path, site, language, title);
    List<PublishedFactCheck> items = factChecks.search(FactCheckQuery.latest(category, FEED_SIZE));
    ctx.header("Access-Control-Allow-Origin", "*"); // partner pages may read feeds from script
    send(ctx, writer.apply(channel, items), contentType);
  }

  private void embed(Context ctx) {
    String slug = ctx.pathParam("slug");
    Optional<PublishedFactCheck> fc = SLUG.matcher(slug).matches() ? factChecks.bySlug(slug) : Optional.empty();
    if (fc.isEmpty()) {
      notFound(ctx, "no published fact-check here");
      return;
    }
    ctx.header("Content-Security-Policy", EMBED_CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    send(ctx, EmbedCard.html(fc.get()), "text/html; charset=utf-8");
  }

  /** Sends {@code body} with ETag and Cache-Control, or 304 when the client has this version. */
  private static void send(Context ctx, String body, String contentType) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String etag = etag(bytes);
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
    if (matchesEtag(ctx.header("If-None-Match"), etag)) {
      ctx.status(304);
      return;
    }
    ctx.status(200).contentType(contentType).result(bytes);
  }

  /** Strong tag: the quoted first 16 bytes of the body's SHA-256, hex. */
  static String etag(byte[] body) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  /** If-None-Match uses weak comparison: {@code *}, or any listed tag equal ignoring {@code W/}. */
  static boolean matchesEtag(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
        return true;
      }
    }
    return false;
  }

  private static void notFound(Context ctx, String message) {
    ctx.status(404).contentType("text/html; charset=utf-8")
        .result("<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>404</title><p>" + Html.escape(message)
            + "</p></html>");
  }
}
