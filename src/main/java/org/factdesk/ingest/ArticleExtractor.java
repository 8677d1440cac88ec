package org.factdesk.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts the article from one news page: title, date, canonical URL, site name, language and
 * the body paragraphs without boilerplate.
 *
 * <p>Body (a simple text-density method in the spirit of Readability/boilerpipe): drop {@code
 * script}, {@code style}, {@code nav}, {@code aside}, {@code header}, {@code footer}, {@code form}
 * and elements whose class/id names a sidebar, menu, search box, counter and the like; score each
 * element by the text of its paragraphs ({@code p}, {@code h2}–{@code h4}, {@code blockquote}):
 * full length for the parent, half for the grandparent, ignoring paragraphs that are mostly link
 * text; keep the paragraphs of the best element. A closing author byline ({@code T/h: ...},
 * {@code Tác giả: ...}, {@code PV: ...}) is dropped: authors are never stored. It does not follow
 * pagination or read comments.
 */
final class ArticleExtractor {
  private ArticleExtractor() {}

  /** What was found on the page; any field may be null except {@code body} (maybe empty). */
  record Article(String title, Instant publishedAt, String url, String siteName, String language, String body) {}

  private static final String BOILERPLATE_TAGS =
      "script, style, noscript, template, iframe, nav, aside, header, footer, form, input, select, button, textarea";
  private static final Pattern BOILERPLATE_NAME = Pattern.compile(
      "(?i)(^|[\\s_-])(sidebar|side|menu|nav|navbar|breadcrumbs?|search|timkiem|comments?|share|social|"
          + "related|tinlienquan|banner|ads?|advert|footer|counter|visitors?|luottruycap|widget|hot|tinnong|"
          + "tieudiem|most-?read)($|[\\s_-])");
  private static final String PARAGRAPHS = "p, h2, h3, h4, blockquote";
  private static final Pattern BYLINE = Pattern.compile(
      "(?i)(^|\\s)(t/h|tổng hợp|tác giả|pv|phóng viên|bài và ảnh|bài, ảnh)\\s*:\\s*[^.!?:]{1,80}$");

  /** Reads the article; {@code page} is modified (boilerplate removed). */
  static Article extract(Document page) {
    String title = firstNonBlank(meta(page, "og:title"), text(page.selectFirst("h1")), page.title());
    Instant at = date(page);
    String url = firstNonBlank(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"));
    String site = meta(page, "og:site_name");
    String lang = FeedItem.languageTag(attr(page.selectFirst("html"), "lang"));
    return new Article(title, at, url, site, lang, body(page));
  }

  private static Instant date(Document page) {
    for (String iso : Arrays.asList(meta(page, "article:published_time"), attr(page.selectFirst("time[datetime]"), "datetime"))) {
      Instant at = iso == null ? null : Dates.parseInstant(iso);
      if (at != null) {
        return at;
      }
    }
    // Printed dates: the first one after the headline (a header "today is ..." date comes before it).
    Elements all = page.body() == null ? new Elements() : page.body().select("*");
    Element h1 = page.selectFirst("h1");
    int from = h1 == null ? 0 : all.indexOf(h1);
    for (int i = Math.max(from, 0); i < all.size(); i++) {
      Instant at = PageDates.find(all.get(i).ownText());
      if (at != null) {
        return at;
      }
    }
    return null;
  }

  private static String body(Document page) {
    if (page.body() == null) {
      return "";
    }
    page.select(BOILERPLATE_TAGS).remove();
    for (Element e : page.body().select("[class], [id]")) {
      if (e.parent() != null && (BOILERPLATE_NAME.matcher(e.className()).find() || BOILERPLATE_NAME.matcher(e.id()).find())) {
        e.remove();
      }
    }
    Map<Element, Integer> score = new IdentityHashMap<>();
    List<Element> order = new ArrayList<>();
    for (Element p : page.body().select(PARAGRAPHS)) {
      int len = contentLength(p);
      add(score, order, p.parent(), len);
      if (p.parent() != null) {
        add(score, order, p.parent().parent(), len / 2);
      }
    }
    Element top = null;
    for (Element e : order) {
      if (top == null || score.get(e) > score.get(top)) {
        top = e; // ties: the first in document order
      }
    }
    if (top == null) {
      return "";
    }
    Element best = top;
    List<String> kept = new ArrayList<>();
    for (Element p : best.select(PARAGRAPHS)) {
      boolean nested = p.parents().stream().takeWhile(a -> a != best).anyMatch(a -> a.is(PARAGRAPHS));
      if (!nested && contentLength(p) > 0) {
        kept.add(p.text().strip());
      }
    }
    dropByline(kept);
    return String.join("\n", kept);
  }

  /** Removes a closing author line (or an author suffix of the last paragraph). */
  private static void dropByline(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return;
    }
    int last = paragraphs.size() - 1;
    String rest = BYLINE.matcher(paragraphs.get(last)).replaceFirst("").strip();
    if (rest.isEmpty()) {
      paragraphs.remove(last);
    } else {
      paragraphs.set(last, rest);
    }
  }

  /** Text length of a paragraph that is not mostly links, else 0. */
  private static int contentLength(Element p) {
    int all = p.text().strip().length();
    int links = 0;
    for (Element a : p.select("a")) {
      links += a.text().strip().length();
    }
    return links * 2 > all ? 0 : all;
  }

  private static void add(Map<Element, Integer> score, List<Element> order, Element e, int len) {
    if (e == null) {
      return;
    }
    if (!score.containsKey(e)) {
      order.add(e);
    }
    score.merge(e, len, Integer::sum);
  }

  private static String meta(Document page, String property) {
    Element m = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return attr(m, "content");
  }

  private static String attr(Element e, String name) {
    if (e == null) {
      return null;
    }
    String v = e.attr(name).strip();
    return v.isEmpty() ? null : v;
  }

  private static String text(Element e) {
    return e == null ? null : e.text().strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
