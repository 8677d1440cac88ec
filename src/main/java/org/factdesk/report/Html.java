package org.factdesk.report;

/** HTML escaping for text and attribute values (OWASP rule #1 characters). */
public final class Html {
  private Html() {}

  /** Escapes {@code & < > " '}; null becomes the empty string. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A link when the URL is http(s), else the escaped text alone (no javascript: links). */
  public static String link(String url, String text) {
    if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
      return "<a href=\"" + escape(url) + "\" rel=\"noopener nofollow\">" + escape(text) + "</a>";
    }
    return escape(text);
  }
}
