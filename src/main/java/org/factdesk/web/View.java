package org.factdesk.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.desk.CaseService;
import org.factdesk.desk.DashboardService;
import org.factdesk.desk.PostService;
import org.factdesk.model.FactCheck;

/** Small helpers turning desk records into template maps (dates as ISO days, scores with two decimals). */
final class View {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private View() {}

  static String day(Instant t) {
    return t == null ? "" : DAY.format(t);
  }

  static String minute(Instant t) {
    return t == null ? "" : MINUTE.format(t);
  }

  static String score(double s) {
    return s < 0 ? "–" : String.format(Locale.ROOT, "%.2f", s);
  }

  static String excerpt(String text, int max) {
    if (text == null) {
      return "";
    }
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.codePointCount(0, t.length()) <= max) {
      return t;
    }
    return t.substring(0, t.offsetByCodePoints(0, max)) + "…";
  }

  static String orEmpty(Object o) {
    return o == null ? "" : o.toString();
  }

  /** Only http(s) links are rendered as links (no javascript: URLs from ingested data). */
  static String safeUrl(String url) {
    return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : "";
  }

  static Map<String, Object> post(DashboardService.PostSummary p) {
    Map<String, Object> m = new HashMap<>();
    m.put("seq", p.seq());
    m.put("source", orEmpty(p.source()));
    m.put("url", safeUrl(p.url()));
    m.put("date", day(p.publishedAt()));
    m.put("language", orEmpty(p.language()));
    m.put("excerpt", excerpt(p.text(), 220));
    m.put("score", score(p.topScore()));
    m.put("band", p.band());
    return m;
  }

  static Map<String, Object> postView(PostService.PostView p) {
    Map<String, Object> m = new HashMap<>();
    m.put("seq", p.seq());
    m.put("postId", orEmpty(p.postId()));
    m.put("source", orEmpty(p.source()));
    m.put("url", safeUrl(p.url()));
    m.put("date", day(p.publishedAt()));
    m.put("language", orEmpty(p.language()));
    m.put("text", orEmpty(p.text()));
    m.put("excerpt", excerpt(p.text(), 220));
    m.put("duplicateOf", p.duplicateOf() == null ? "" : p.duplicateOf());
    m.put("sightings", p.sightings() == 0 ? "" : p.sightings()); // "" is falsey in Mustache, 0 is not
    return m;
  }

  static Map<String, Object> factCheck(FactCheck fc, String id) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", id);
    m.put("found", fc != null);
    if (fc != null) {
      m.put("claim", fc.claimReviewed());
      m.put("title", orEmpty(fc.title()));
      m.put("headline", fc.headline());
      m.put("url", safeUrl(fc.url()));
      m.put("verdict", fc.reviewRating() == null ? "" : orEmpty(fc.reviewRating().alternateName()));
      m.put("publisher", fc.author() == null ? "" : orEmpty(fc.author().name()));
      m.put("date", fc.datePublished() == null ? "" : fc.datePublished().toString());
      m.put("language", orEmpty(fc.inLanguage()));
    }
    return m;
  }

  static Map<String, Object> caseRow(CaseService.Case c, String lang) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", c.id());
    m.put("claim", excerpt(c.claimText(), 160));
    m.put("status", c.status());
    m.put("statusLabel", Messages.get(lang, "case_status_" + c.status()));
    m.put("assignee", orEmpty(c.assignee()));
    m.put("updated", minute(c.updatedAt()));
    m.put("postSeq", c.postSeq() == null ? "" : c.postSeq());
    return m;
  }

  /** Select options: value, label, selected. */
  static List<Map<String, Object>> options(List<String> values, String selected) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String v : values) {
      out.add(Map.of("value", v, "label", v, "selected", v.equals(selected)));
    }
    return out;
  }
}
