package org.factdesk.ingest.http;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in config files: ISO-8601 ({@code PT15M}, {@code P1D}) or
 * numbers with units {@code ms}, {@code s}, {@code m}, {@code h}, {@code d}, combinable ({@code
 * 30s}, {@code 15m}, {@code 1h30m}); and back, for messages ({@code 30 s}, {@code 250 ms}).
 */
final class Durations {
  private static final Pattern SHORT = Pattern.compile("(?:\\d{1,9}(?:ms|s|m|h|d))+");
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  private Durations() {}

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException {@code bad duration "<text>" (...)} if it is neither form
   */
  static Duration parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("p")) {
      try {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw bad(text);
      }
    }
    if (!SHORT.matcher(t).matches()) {
      throw bad(text);
    }
    Duration d = Duration.ZERO;
    for (Matcher m = PART.matcher(t); m.find(); ) {
      long n = Long.parseLong(m.group(1));
      d = d.plus(switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      });
    }
    return d;
  }

  /** Whole seconds as {@code N s} ({@code 30 s}, {@code 120 s}), anything finer as {@code N ms}. */
  static String human(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static IllegalArgumentException bad(String text) {
    return new IllegalArgumentException(
        "bad duration \"" + text + "\" (expected ISO-8601 like PT15M, or 30s, 15m, 2h, 1d)");
  }
}
