package org.factdesk.web.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses and checks the API's query parameters; every failure is a 400 naming the parameter. */
final class QueryParams {
  static final int MAX_QUERY_CHARS = 200;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Set<String> LANGS = Set.of("vi", "en");

  private QueryParams() {}

  /** {@code q, category, lang, from, to, limit} of {@code GET /api/v1/factchecks}. */
  static FactCheckQuery factCheckQuery(Context ctx) {
    String q = blankToNull(ctx.queryParam("q"));
    if (q != null && q.length() > MAX_QUERY_CHARS) {
      throw ApiException.badRequest("'q' is longer than " + MAX_QUERY_CHARS + " characters", "q");
    }
    String category = blankToNull(ctx.queryParam("category"));
    if (category != null && !SLUG.matcher(category).matches()) {
      throw ApiException.badRequest("'category' must be a category slug [a-z0-9-]+", "category");
    }
    String lang = blankToNull(ctx.queryParam("lang"));
    if (lang != null) {
      lang = lang.toLowerCase(Locale.ROOT);
      if (!LANGS.contains(lang)) {
        throw ApiException.badRequest("'lang' must be vi or en", "lang");
      }
    }
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badRequest("'to' (" + to + ") is before 'from' (" + from + ")", "to");
    }
    return new FactCheckQuery(q, category, lang, from, to, limit(ctx, 20));
  }

  /** {@code limit}: an integer 1–100, {@code def} when absent. */
  static int limit(Context ctx, int def) {
    String s = blankToNull(ctx.queryParam("limit"));
    if (s == null) {
      return def;
    }
    int limit;
    try {
      limit = Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("'limit' must be an integer, got '" + abbreviate(s) + "'", "limit");
    }
    if (limit < 1 || limit > FactCheckQuery.MAX_LIMIT) {
      throw ApiException.badRequest("'limit' must be 1–" + FactCheckQuery.MAX_LIMIT + ", got " + limit, "limit");
    }
    return limit;
  }

  /** {@code order}: size, rising or recent; size when absent. */
  static NarrativeSource.Order narrativeOrder(Context ctx) {
    String s = blankToNull(ctx.queryParam("order"));
    if (s == null) {
      return NarrativeSource.Order.SIZE;
    }
    try {
      return NarrativeSource.Order.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("'order' must be size, rising or recent", "order");
    }
  }

  private static LocalDate date(Context ctx, String name) {
    String s = blankToNull(ctx.queryParam(name));
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("'" + name + "' must be a date YYYY-MM-DD, got '" + abbreviate(s) + "'", name);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
