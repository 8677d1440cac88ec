package org.factdesk.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.factdesk.desk.DashboardService;

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
    return t.length() <= max ? t : t.substring(0, t.offsetByCodePoints(0, Math.min(max, t.codePointCount(0, t.length())))) + "…";
  }

  static Map<String, Object> post(DashboardService.PostSummary p) {
    Map<String, Object> m = new HashMap<>();
    m.put("seq", p.seq());
    m.put("source", p.source() == null ? "" : p.source());
    m.put("url", p.url() == null ? "" : p.url());
    m.put("date", day(p.publishedAt()));
    m.put("language", p.language() == null ? "" : p.language());
    m.put("excerpt", excerpt(p.text(), 220));
    m.put("score", score(p.topScore()));
    m.put("band", p.band());
    return m;
  }
}
