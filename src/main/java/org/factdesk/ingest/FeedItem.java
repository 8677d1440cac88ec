package org.factdesk.ingest;

import java.util.Locale;
import java.util.StringJoiner;
import org.jsoup.Jsoup;

/** The fields of one RSS {@code <item>} or Atom {@code <entry>} while it is being read. */
final class FeedItem {
  final long line;
  String id;
  String link;
  String title;
  String date;
  /** {@code description} (RSS) or {@code summary} (Atom). */
  String summary;
  /** {@code content:encoded} (RSS) or {@code content} (Atom): the full text when present. */
  String content;
  String language;

  FeedItem(long line, String language) {
    this.line = line;
    this.language = language;
  }

  /** Title and body (full content, else summary) with HTML stripped, joined by a newline. */
  String text() {
    String t = plain(title);
    String b = plain(content);
    if (b.isEmpty()) {
      b = plain(summary);
    }
    if (t.isEmpty() || b.isEmpty()) {
      return t + b;
    }
    return t + "\n" + b;
  }

  /** The id: {@code guid}/{@code id}, else the link; null if neither. */
  String effectiveId() {
    return !blank(id) ? id.strip() : blank(link) ? null : link.strip();
  }

  /** A compact rendering for quarantine (no author fields are ever collected). */
  String raw() {
    StringJoiner j = new StringJoiner("; ");
    add(j, "id", id);
    add(j, "link", link);
    add(j, "title", title);
    add(j, "date", date);
    add(j, "summary", summary);
    return j.toString();
  }

  /** Text of an HTML fragment with tags removed and whitespace collapsed; "" for null. */
  static String plain(String html) {
    return blank(html) ? "" : Jsoup.parseBodyFragment(html).text().strip();
  }

  /** A BCP-47 tag ({@code vi-vn} → {@code vi-VN}), or null for blank/undetermined. */
  static String languageTag(String lang) {
    if (blank(lang)) {
      return null;
    }
    String tag = Locale.forLanguageTag(lang.strip().replace('_', '-')).toLanguageTag();
    return tag.equals("und") ? null : tag;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static void add(StringJoiner j, String name, String value) {
    if (!blank(value)) {
      j.add(name + "=" + value.strip());
    }
  }
}
