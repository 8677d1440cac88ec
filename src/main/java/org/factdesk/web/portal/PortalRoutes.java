package org.factdesk.web.portal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.desk.InvalidFieldException;
import org.factdesk.desk.NotFoundException;
import org.factdesk.desk.RatingScale;
import org.factdesk.publish.ArticleHtml;
import org.factdesk.publish.ClaimReviewJsonLd;
import org.factdesk.publish.EmbedCard;
import org.factdesk.publish.FactCheckSearch;
import org.factdesk.publish.PublishedFactCheck;
import org.factdesk.web.Messages;
import org.factdesk.web.Pages;
import org.factdesk.web.WebApp;

/**
 * The public portal (no login):
 *
 * <ul>
 *   <li>{@code GET /} — featured ("tiêu điểm"), hot ("tin nóng") and latest ("mới nhất") fact-checks,
 *       categories, search form;
 *   <li>{@code GET /category/{slug}?page=} — a category's fact-checks, newest first, {@value #PAGE_SIZE} a page
 *       (404 for an unknown category);
 *   <li>{@code GET /search?q=&category=&from=&to=&article_lang=&page=} — diacritic-insensitive full text
 *       via {@link FactCheckSearch}; dates {@code YYYY-MM-DD} (Asia/Ho_Chi_Minh days, inclusive). A malformed field is
 *       answered 400 with the search page and a message naming the field. The article-language filter
 *       is {@code article_lang} because {@code lang} is the site-wide UI language switch;
 *   <li>{@code GET /fact-checks/{slug}} — the article, verdict badge, claim, appearances, sources, dates,
 *       category, embed snippet and the ClaimReview JSON-LD (404 for an unknown slug).
 * </ul>
 *
 * <p>Each 200 page view is counted by the {@link VisitorCounter} under its path (no query string).
 * Pages set no cookie and open no session (the {@code lang} preference cookie only on {@code ?lang=}).
 */
public final class PortalRoutes implements WebApp.RouteModule {
  /** Path prefix of article pages. */
  public static final String FACT_CHECK_PATH = "/fact-checks/";
  /** Fact-checks per category/search page. */
  public static final int PAGE_SIZE = 10;
  /** Highest page number accepted. */
  public static final int MAX_PAGE = 1000;
  private static final int MAX_QUERY_CHARS = 500;

  /**
   * The trusted renderers of a fact-check page; their output goes into the page unescaped, so each
   * must escape what it embeds. Tests swap them; {@code factdesk serve} uses {@link #standard()}.
   *
   * @param articleHtml Markdown body → safe HTML (raw HTML escaped, unsafe URLs removed)
   * @param jsonLdScript the one {@code <script type="application/ld+json">} ClaimReview element for the head
   * @param embedSnippet (card URL, fact-check) → the iframe snippet partners paste, shown as text
   */
  public record Renderers(Function<String, String> articleHtml, Function<PublishedFactCheck, String> jsonLdScript,
      BiFunction<String, PublishedFactCheck, String> embedSnippet) {
    /** {@link ArticleHtml#render}, {@link ClaimReviewJsonLd#scriptTag} and {@link EmbedCard#iframeSnippet}. */
    public static Renderers standard() {
      return new Renderers(ArticleHtml::render, ClaimReviewJsonLd::scriptTag, EmbedCard::iframeSnippet);
    }
  }

  private final PortalIndex index;
  private final VisitorCounter counter;
  private final RatingScale scale;
  private final Pages pages;
  private final Renderers renderers;
  private final String publicUrl;

  /** @param publicUrl the site's URL without trailing slash (canonical links, embed URLs) */
  public PortalRoutes(PortalIndex index, VisitorCounter counter, RatingScale scale, Pages pages, Renderers renderers,
      String publicUrl) {
    this.index = index;
    this.counter = counter;
    this.scale = scale;
    this.pages = pages;
    this.renderers = renderers;
    this.publicUrl = publicUrl;
  }

  @Override
  public void register(Javalin app) {
    app.get("/", this::home);
    app.get("/category/{slug}", this::category);
    app.get("/search", this::search);
    app.get(FACT_CHECK_PATH + "{slug}", this::factCheck);
  }

  private PortalView view(Context ctx) {
    return new PortalView(Pages.lang(ctx), scale, index.categories());
  }

  private Map<String, Object> base(Context ctx, PortalView v) {
    Map<String, Object> m = new HashMap<>();
    m.put("categories", index.categories().stream()
        .map(c -> v.category(c.slug())).toList());
    return m;
  }

  private void home(Context ctx) {
    PortalView v = view(ctx);
    Map<String, Object> m = base(ctx, v);
    List<PublishedFactCheck> featured = index.featured(4);
    List<PublishedFactCheck> hot = index.hot(5);
    m.put("featured", v.cards(featured));
    m.put("hasFeatured", !featured.isEmpty());
    m.put("hot", v.cards(hot));
    m.put("hasHot", !hot.isEmpty());
    m.put("latest", v.cards(index.latest(10)));
    m.put("empty", index.size() == 0);
    m.put("categoryCounts", index.categories().stream().map(c -> {
      Map<String, Object> x = new HashMap<>(v.category(c.slug()));
      x.put("count", c.published());
      return x;
    }).toList());
    m.put("search", Map.of());
    render(ctx, 200, "portal-home", m, "/");
  }

  private void category(Context ctx) {
    String slug = ctx.pathParam("slug");
    var category = index.category(slug)
        .orElseThrow(() -> new NotFoundException(Messages.get(Pages.lang(ctx), "portal_category_not_found")));
    int page = page(ctx.queryParam("page"));
    PortalView v = view(ctx);
    FactCheckSearch.Page result = index.search().search(
        new FactCheckSearch.Query(null, slug, null, null, null, (page - 1) * PAGE_SIZE, PAGE_SIZE));
    Map<String, Object> m = base(ctx, v);
    m.put("name", category.name(Pages.lang(ctx)));
    m.put("results", v.cards(result.items()));
    m.put("total", result.total());
    m.put("pager", pager(ctx.path(), Map.of(), page, result.total()));
    m.put("search", Map.of("category", slug));
    render(ctx, 200, "portal-category", m, "/category/" + slug);
  }

  private void search(Context ctx) {
    String lang = Pages.lang(ctx);
    PortalView v = view(ctx);
    Map<String, String> form = new LinkedHashMap<>();
    for (String k : List.of("q", "category", "from", "to", "article_lang")) {
      String value = ctx.queryParam(k);
      if (value != null && !value.isBlank()) {
        form.put(k, value.strip());
      }
    }
    Map<String, Object> m = base(ctx, v);
    Map<String, Object> formModel = new HashMap<>(form);
    if (form.containsKey("article_lang")) {
      formModel.put("lang_" + form.get("article_lang"), true);
    }
    m.put("search", formModel);
    m.put("categories", index.categories().stream().map(c -> {
      Map<String, Object> x = new HashMap<>(v.category(c.slug()));
      x.put("selected", c.slug().equals(form.get("category")));
      return x;
    }).toList());
    FactCheckSearch.Query query;
    int page;
    try {
      page = page(ctx.queryParam("page"));
      query = query(form, page);
    } catch (InvalidFieldException e) {
      m.put("error", Messages.get(lang, "search_bad_" + e.field()));
      m.put("errorDetail", e.getMessage());
      render(ctx, 400, "portal-search", m, null);
      return;
    }
    FactCheckSearch.Page result = index.search().search(query);
    m.put("results", v.cards(result.items()));
    m.put("total", result.total());
    m.put("searched", true);
    m.put("pager", pager(ctx.path(), form, page, result.total()));
    render(ctx, 200, "portal-search", m, "/search");
  }

  /** @throws InvalidFieldException naming q, category, from, to, article_lang or the date range */
  private FactCheckSearch.Query query(Map<String, String> form, int page) {
    String q = form.get("q");
    if (q != null && q.length() > MAX_QUERY_CHARS) {
      throw new InvalidFieldException("q", "at most " + MAX_QUERY_CHARS + " characters");
    }
    String category = form.get("category");
    if (category != null && index.category(category).isEmpty()) {
      throw new InvalidFieldException("category", "no category '" + category + "'");
    }
    String articleLang = form.get("article_lang");
    if (articleLang != null && !Messages.LANGUAGES.contains(articleLang)) {
      throw new InvalidFieldException("article_lang", "vi or en");
    }
    LocalDate from = date("from", form.get("from"));
    LocalDate to = date("to", form.get("to"));
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidFieldException("range", "from " + from + " is after to " + to);
    }
    return new FactCheckSearch.Query(q, category, articleLang, from, to, (page - 1) * PAGE_SIZE, PAGE_SIZE);
  }

  private static LocalDate date(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(value);
      if (d.getYear() >= 1000 && d.getYear() <= 9999) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // falls through to the error naming the field
    }
    throw new InvalidFieldException(field, "not a date YYYY-MM-DD: '" + value + "'");
  }

  /** @throws InvalidFieldException {@code page} not a whole number in 1..{@value #MAX_PAGE} */
  private static int page(String value) {
    if (value == null || value.isBlank()) {
      return 1;
    }
    try {
      int p = Integer.parseInt(value.strip());
      if (p >= 1 && p <= MAX_PAGE) {
        return p;
      }
    } catch (NumberFormatException e) {
      // falls through to the error naming the field
    }
    throw new InvalidFieldException("page", "a whole number from 1 to " + MAX_PAGE + ", got '" + value + "'");
  }

  private static Map<String, Object> pager(String path, Map<String, String> params, int page, long total) {
    long pagesTotal = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    Map<String, Object> p = new HashMap<>();
    p.put("page", page);
    p.put("pages", pagesTotal);
    if (page > 1) {
      p.put("prev", link(path, params, page - 1));
    }
    if (page < pagesTotal && page < MAX_PAGE) {
      p.put("next", link(path, params, page + 1));
    }
    p.put("show", pagesTotal > 1);
    return p;
  }

  private static String link(String path, Map<String, String> params, int page) {
    Map<String, String> all = new LinkedHashMap<>(params);
    if (page > 1) {
      all.put("page", Integer.toString(page));
    }
    String qs = all.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    return qs.isEmpty() ? path : path + "?" + qs;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private void factCheck(Context ctx) {
    String slug = ctx.pathParam("slug");
    PublishedFactCheck f = index.bySlug(slug)
        .orElseThrow(() -> new NotFoundException(Messages.get(Pages.lang(ctx), "portal_factcheck_not_found")));
    PortalView v = view(ctx);
    Map<String, Object> m = base(ctx, v);
    m.putAll(v.card(f));
    m.put("canonical", f.url());
    m.put("bodyHtml", renderers.articleHtml().apply(f.bodyMarkdown()));
    m.put("jsonLd", renderers.jsonLdScript().apply(f));
    if (!f.dateModified().equals(f.datePublished())) {
      m.put("updated", v.date(f.dateModified()));
    }
    List<Map<String, Object>> appearances = new ArrayList<>();
    for (String url : f.claimAppearances()) {
      String safe = PortalView.safeUrl(url);
      appearances.add(safe == null ? Map.of("text", url) : Map.of("text", url, "url", safe));
    }
    m.put("appearances", appearances);
    m.put("hasAppearances", !appearances.isEmpty());
    m.put("origin", f.claimOrigin());
    if (f.claimFirstSeen() != null) {
      m.put("firstSeen", v.date(f.claimFirstSeen().atStartOfDay(PortalIndex.DESK_ZONE).toInstant()));
    }
    List<Map<String, Object>> sources = new ArrayList<>();
    for (var s : f.sources()) {
      String safe = PortalView.safeUrl(s.url());
      sources.add(safe == null ? Map.of("title", s.title()) : Map.of("title", s.title(), "url", safe));
    }
    m.put("sources", sources);
    m.put("hasSources", !sources.isEmpty());
    String embedUrl = publicUrl + "/embed/" + f.slug();
    m.put("embedHref", "/embed/" + f.slug());
    m.put("embedSnippet", renderers.embedSnippet().apply(embedUrl, f));
    m.put("author", f.authorName());
    m.put("search", Map.of());
    render(ctx, 200, "portal-factcheck", m, FACT_CHECK_PATH + f.slug());
  }

  /**
   * Renders the page and counts the view under {@code countedPath}, the page's canonical path (so
   * {@code /fact-checks/x/} and {@code /fact-checks/x} are one page); null counts nothing.
   */
  private void render(Context ctx, int status, String template, Map<String, Object> model, String countedPath) {
    ctx.status(status);
    pages.render(ctx, template, model);
    if (countedPath != null) {
      counter.count(countedPath, ctx.header("User-Agent"));
    }
  }
}
