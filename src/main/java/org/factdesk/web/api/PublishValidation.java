package org.factdesk.web.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks a {@link PublishRequest} field by field; the first problem is a 400 naming the field. */
final class PublishValidation {
  static final int MAX_TITLE = 300;
  static final int MAX_CLAIM = 1000;
  static final int MAX_SUMMARY = 2000;
  static final int MAX_URLS = 50;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private PublishValidation() {}

  /**
   * @return the request with {@code lang} lower-cased
   * @throws ApiException 400 naming the first bad field
   */
  static PublishRequest validate(PublishRequest r) {
    required(r.title(), "title", MAX_TITLE);
    required(r.claimReviewed(), "claim_reviewed", MAX_CLAIM);
    required(r.verdict(), "verdict", 64);
    required(r.lang(), "lang", 8);
    String lang = r.lang().strip().toLowerCase(Locale.ROOT);
    if (!lang.equals("vi") && !lang.equals("en")) {
      throw ApiException.badRequest("'lang' must be vi or en", "lang");
    }
    if (r.slug() != null && !SLUG.matcher(r.slug()).matches()) {
      throw ApiException.badRequest("'slug' must be [a-z0-9-]+ (lower case, digits, single dashes)", "slug");
    }
    if (r.category() != null && !SLUG.matcher(r.category()).matches()) {
      throw ApiException.badRequest("'category' must be a category slug [a-z0-9-]+", "category");
    }
    if (r.summary() != null && r.summary().length() > MAX_SUMMARY) {
      throw ApiException.badRequest("'summary' is longer than " + MAX_SUMMARY + " characters", "summary");
    }
    List<String> appearances = r.claimAppearances();
    if (appearances.size() > MAX_URLS) {
      throw ApiException.badRequest("at most " + MAX_URLS + " claim_appearances", "claim_appearances");
    }
    for (int i = 0; i < appearances.size(); i++) {
      httpUrl(appearances.get(i), "claim_appearances[" + i + "]");
    }
    if (r.sources().size() > MAX_URLS) {
      throw ApiException.badRequest("at most " + MAX_URLS + " sources", "sources");
    }
    for (int i = 0; i < r.sources().size(); i++) {
      PublishRequest.Source s = r.sources().get(i);
      if (s == null) {
        throw ApiException.badRequest("'sources[" + i + "]' must be an object", "sources[" + i + "]");
      }
      required(s.title(), "sources[" + i + "].title", MAX_TITLE);
      if (s.url() != null) {
        httpUrl(s.url(), "sources[" + i + "].url");
      }
    }
    return new PublishRequest(r.slug(), lang, r.category(), r.title().strip(), r.summary(), r.bodyMarkdown(),
        r.claimReviewed().strip(), appearances, r.claimFirstSeen(), r.claimOrigin(), r.verdict().strip(), r.sources(),
        r.featured());
  }

  private static void required(String value, String field, int max) {
    if (value == null) {
      throw ApiException.badRequest("'" + field + "' is required", field);
    }
    if (value.isBlank()) {
      throw ApiException.badRequest("'" + field + "' must not be blank", field);
    }
    if (value.length() > max) {
      throw ApiException.badRequest("'" + field + "' is longer than " + max + " characters", field);
    }
  }

  private static void httpUrl(String url, String field) {
    URI u = null;
    try {
      u = url == null ? null : new URI(url);
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    if (u == null || u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
      throw ApiException.badRequest("'" + field + "' must be an absolute http(s) URL", field);
    }
  }
}
