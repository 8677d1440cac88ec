package org.factdesk.web.portal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.desk.PublishedReader;
import org.factdesk.desk.RatingScale;
import org.factdesk.publish.PublishedFactCheck;

/**
 * Turns published fact-checks into template maps in the reader's UI language: dates as the desk's days ({@link PortalIndex#DESK_ZONE}, as the embed card and the API)
 * ({@code dd/MM/yyyy} in Vietnamese, {@code d MMMM yyyy} in English, ISO in {@code datetime}), the
 * verdict label from the rating scale in the UI language and its badge class, the category's name.
 * Every value is plain text the templates escape; URLs are kept only when http(s).
 */
final class PortalView {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE.withZone(PortalIndex.DESK_ZONE);
  private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT)
      .withZone(PortalIndex.DESK_ZONE);
  private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
      .withZone(PortalIndex.DESK_ZONE);

  private final String lang;
  private final RatingScale scale;
  private final Map<String, PublishedReader.Category> categories = new HashMap<>();

  PortalView(String lang, RatingScale scale, List<PublishedReader.Category> categories) {
    this.lang = lang;
    this.scale = scale;
    for (PublishedReader.Category c : categories) {
      this.categories.put(c.slug(), c);
    }
  }

  /** A list item: slug, href, title, summary, claim, articleLang, verdict, published (date), cat (category). */
  Map<String, Object> card(PublishedFactCheck f) {
    Map<String, Object> m = new HashMap<>();
    m.put("slug", f.slug());
    m.put("href", PortalRoutes.FACT_CHECK_PATH + f.slug());
    m.put("title", f.title());
    m.put("summary", f.summary());
    m.put("claim", f.claimReviewed());
    m.put("articleLang", f.lang());
    m.put("verdict", verdict(f));
    m.put("published", date(f.datePublished()));
    if (f.category() != null) {
      m.put("cat", category(f.category()));
    }
    return m;
  }

  List<Map<String, Object>> cards(List<PublishedFactCheck> list) {
    return list.stream().map(this::card).toList();
  }

  /** The verdict: label in the UI language (the article's own label if the code left the scale) and CSS class. */
  Map<String, Object> verdict(PublishedFactCheck f) {
    String code = f.verdict().code();
    String label = scale.find(code).map(s -> s.label(lang)).orElse(f.verdict().label());
    return Map.of("code", code, "label", label, "css", code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-"));
  }

  /** A category's slug, href and name in the UI language (the slug when unknown). */
  Map<String, Object> category(String slug) {
    PublishedReader.Category c = categories.get(slug);
    return Map.of("slug", slug, "href", "/category/" + slug, "name", c == null ? slug : c.name(lang));
  }

  /** {@code iso} (for {@code <time datetime>}) and {@code text} of an instant's UTC day. */
  Map<String, String> date(Instant t) {
    return Map.of("iso", ISO.format(t), "text", ("en".equals(lang) ? EN : VI).format(t));
  }

  /** The URL when it is an absolute http(s) URL, else null (shown as text, never as a link). */
  static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? u : null;
  }
}
