package org.factdesk.publish;

import java.net.URI;

/**
 * What a feed says about itself.
 *
 * @param title feed title, e.g. "factdesk — Sức khoẻ"; never blank
 * @param selfUrl absolute URL the feed is served at (Atom {@code rel="self"}, JSON Feed {@code feed_url})
 * @param siteUrl absolute URL of the site or category page the feed mirrors
 * @param language BCP-47 tag of the feed ({@code vi}, {@code en})
 * @param description one line describing the feed (RSS {@code description}, Atom {@code subtitle})
 */
public record FeedChannel(String title, String selfUrl, String siteUrl, String language, String description) {
  /** @throws IllegalArgumentException if the title is blank or a URL is not absolute http(s) */
  public FeedChannel {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("feed title must not be blank");
    }
    requireHttp("selfUrl", selfUrl);
    requireHttp("siteUrl", siteUrl);
    language = language == null || language.isBlank() ? "vi" : language;
    description = description == null ? "" : description;
  }

  private static void requireHttp(String field, String url) {
    URI u;
    try {
      u = url == null ? null : URI.create(url);
    } catch (IllegalArgumentException e) {
      u = null;
    }
    if (u == null || u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
      throw new IllegalArgumentException("feed " + field + " must be an absolute http(s) URL, got '" + url + "'");
    }
  }

  /** The host of the site URL, for tag URIs. */
  String host() {
    return URI.create(siteUrl).getHost();
  }
}
