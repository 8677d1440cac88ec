package org.factdesk.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes author handles from the raw text of rejected records before it is kept in quarantine, so
 * raw handles are never stored anywhere (the accepted records carry only the pseudonymised key).
 */
final class AuthorRedaction {
  /** What replaces a handle. */
  static final String REDACTED = "[author redacted]";

  private AuthorRedaction() {}

  /**
   * Blanks the value of every JSON key in {@code keys} (case-insensitive); works on broken JSON
   * too, as long as the key and its value are intact.
   */
  static String json(String raw, Collection<String> keys) {
    if (raw == null || keys.isEmpty()) {
      return raw;
    }
    StringBuilder alternatives = new StringBuilder();
    for (String k : keys) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(k));
    }
    Pattern p = Pattern.compile("(?i)(\"(?:" + alternatives + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\s]+)");
    Matcher m = p.matcher(raw);
    return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "\"" + REDACTED + "\""));
  }

  /**
   * The CSV values with the author column (if the header has one) replaced, joined by commas. When
   * the row's column count differs from the header's, the author could be in any later column, so
   * every value from the author column on is replaced (the file and line still locate the original).
   *
   * @param values the row's values
   * @param authorIndex the header's author column, or -1
   * @param headerSize number of header columns
   */
  static String csv(List<String> values, int authorIndex, int headerSize) {
    List<String> out = new ArrayList<>(values);
    if (authorIndex >= 0) {
      int to = values.size() == headerSize ? Math.min(authorIndex + 1, out.size()) : out.size();
      for (int i = authorIndex; i < to; i++) {
        if (!out.get(i).isBlank()) {
          out.set(i, REDACTED);
        }
      }
    }
    return String.join(",", out);
  }
}
