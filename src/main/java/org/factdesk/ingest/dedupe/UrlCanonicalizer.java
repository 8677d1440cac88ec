package org.factdesk.ingest.dedupe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Canonical form of a post or article URL, so the same page reached through different links is
 * recognised: lower-case scheme and host, no {@code www.} prefix, no default port, no fragment, no
 * trailing slash, tracking parameters removed ({@code utm_*}, {@code fbclid}, {@code gclid},
 * {@code igshid}, {@code mc_cid}, {@code mc_eid}, {@code ref_src}, {@code __tn__}, …) and the
 * remaining query parameters sorted. {@code http} and {@code https} are treated as the same page.
 * The path keeps its case (servers may be case-sensitive).
 */
public final class UrlCanonicalizer {
  private static final Set<String> TRACKING = Set.of(
      "fbclid", "gclid", "dclid", "msclkid", "igshid", "mc_cid", "mc_eid", "ref_src", "ref_url", "__tn__",
      "__cft__", "_ga", "yclid", "s_cid", "cmpid", "spm");

  private UrlCanonicalizer() {}

  /**
   * @param url an absolute http(s) URL
   * @return the canonical form, or the trimmed input unchanged when it is not an http(s) URL or
   *     cannot be parsed (so it still works as an exact key)
   */
  public static String canonicalize(String url) {
    if (url == null) {
      return null;
    }
    String trimmed = url.strip();
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      return trimmed;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      return trimmed;
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    int port = uri.getPort();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    List<String> params = new ArrayList<>();
    if (uri.getRawQuery() != null) {
      for (String p : uri.getRawQuery().split("&")) {
        String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
        if (!p.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
          params.add(p);
        }
      }
    }
    params.sort(null);
    StringBuilder sb = new StringBuilder("https://").append(host);
    if (port != -1 && port != 80 && port != 443) {
      sb.append(':').append(port);
    }
    sb.append(path);
    if (!params.isEmpty()) {
      sb.append('?').append(String.join("&", params));
    }
    return sb.toString();
  }
}
