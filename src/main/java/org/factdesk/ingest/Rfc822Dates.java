package org.factdesk.ingest;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses RSS 2.0 {@code pubDate} values: RFC 822 date-times as profiled by RFC 1123 (four-digit
 * year), e.g. {@code Wed, 22 Jun 2022 14:35:00 +0700}. The day name and seconds are optional, and
 * the RFC 822 zone names ({@code UT}, {@code GMT}, {@code Z}, {@code EST} ... {@code PDT}) are
 * accepted. Two-digit years and military one-letter zones other than {@code Z} are not. Returns
 * null for text it cannot read; callers warn.
 */
final class Rfc822Dates {
  private Rfc822Dates() {}

  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("Z", "+0000"),
          Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"),
          Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
          Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
          Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));
  private static final Pattern TRAILING_ZONE = Pattern.compile("^(.*\\d)\\s+([A-Za-z]{1,3})$");

  /** The instant, or null if {@code text} is not an RFC 822/1123 date-time. */
  static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip().replaceAll("\\s+", " ");
    Matcher m = TRAILING_ZONE.matcher(s);
    if (m.matches()) {
      String offset = ZONES.get(m.group(2).toUpperCase(java.util.Locale.ROOT));
      if (offset != null) {
        s = m.group(1) + " " + offset;
      }
    }
    try {
      // RFC_1123_DATE_TIME uses fixed English names, so it is locale-independent.
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
