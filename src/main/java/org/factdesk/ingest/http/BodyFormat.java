package org.factdesk.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The file extension a fetched body should carry so that {@link org.factdesk.ingest.Formats}
 * picks the right reader: {@code rss}, {@code atom}, {@code xml}, {@code html}, {@code json},
 * {@code jsonld}, {@code jsonl}, {@code csv}, {@code tsv}, else {@code txt}.
 *
 * <p>Markup is recognised by its root element first ({@code <rss>} → rss, {@code <feed>} → atom,
 * {@code <html>} or an HTML doctype → html, any other root → xml), because feeds are often served
 * as {@code text/html} or {@code text/plain}. Otherwise the media type decides ({@code
 * application/ld+json} → jsonld, {@code text/csv} → csv, ...), then the URL's extension, then a
 * body starting with <code>&#123;</code> or <code>[</code> → json.
 */
final class BodyFormat {
  private static final Map<String, String> BY_MEDIA_TYPE = Map.ofEntries(
      Map.entry("application/rss+xml", "rss"),
      Map.entry("application/atom+xml", "atom"),
      Map.entry("application/ld+json", "jsonld"),
      Map.entry("application/json", "json"),
      Map.entry("text/json", "json"),
      Map.entry("application/x-ndjson", "jsonl"),
      Map.entry("application/jsonl", "jsonl"),
      Map.entry("text/csv", "csv"),
      Map.entry("text/tab-separated-values", "tsv"),
      Map.entry("text/html", "html"),
      Map.entry("application/xhtml+xml", "html"),
      Map.entry("application/xml", "xml"),
      Map.entry("text/xml", "xml"));
  private static final Set<String> URL_EXTENSIONS =
      Set.of("rss", "atom", "xml", "html", "htm", "json", "jsonld", "jsonl", "ndjson", "csv", "tsv");
  private static final Set<String> HTML_ROOTS = Set.of("html", "head", "body", "meta", "title", "div", "p", "script");
  private static final int HEAD_BYTES = 2048;

  private BodyFormat() {}

  /** The extension (no dot) for {@code body}, fetched from {@code url} with {@code contentType} (may be null). */
  static String of(String contentType, URI url, Path body) throws IOException {
    String head = head(body);
    String markup = markup(head);
    if (markup != null) {
      return markup;
    }
    String byType = BY_MEDIA_TYPE.get(mediaType(contentType));
    if (byType != null && !byType.equals("xml") && !byType.equals("html")) {
      return byType;
    }
    String ext = urlExtension(url);
    if (URL_EXTENSIONS.contains(ext)) {
      return ext;
    }
    String t = head.stripLeading();
    return t.startsWith("{") || t.startsWith("[") ? "json" : "txt";
  }

  /** The media type of a {@code Content-Type} value, lower-cased, without parameters; "" if none. */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  /** rss/atom/html/xml by the root element of {@code head}, or null if it does not start with markup. */
  static String markup(String head) {
    String h = head.toLowerCase(Locale.ROOT);
    int i = skipSpace(h, 0);
    if (!h.startsWith("<", i)) {
      return null;
    }
    while (i >= 0 && h.startsWith("<", i)) {
      if (h.startsWith("<!doctype html", i)) {
        return "html";
      }
      if (h.startsWith("<?", i) || h.startsWith("<!", i)) {
        String end = h.startsWith("<!--", i) ? "-->" : h.startsWith("<?", i) ? "?>" : ">";
        int close = h.indexOf(end, i + 2);
        i = close < 0 ? -1 : skipSpace(h, close + end.length());
        continue;
      }
      int end = i + 1;
      while (end < h.length() && " \t\r\n/>".indexOf(h.charAt(end)) < 0) {
        end++;
      }
      String root = h.substring(i + 1, end);
      return root.equals("rss") ? "rss" : root.equals("feed") ? "atom" : HTML_ROOTS.contains(root) ? "html" : "xml";
    }
    return "xml";
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The first bytes as Latin-1 text (enough for ASCII markup), a UTF-8 BOM skipped. */
  private static String head(Path body) throws IOException {
    try (InputStream in = Files.newInputStream(body)) {
      byte[] b = in.readNBytes(HEAD_BYTES);
      int bom = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
      return new String(b, bom, b.length - bom, StandardCharsets.ISO_8859_1);
    }
  }

  private static String urlExtension(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }
}
