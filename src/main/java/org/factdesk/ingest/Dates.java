package org.factdesk.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient date parsing for the dates found in fact-check exports and post dumps. All methods
 * return null for text they cannot read; callers warn.
 */
final class Dates {
  private Dates() {}

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** "21February 2009" (a missing space) → "21 February 2009". */
  private static final Pattern DAY_GLUED = Pattern.compile("^(\\d{1,2})(\\p{L})");
  private static final Pattern EPOCH_SECONDS = Pattern.compile("-?\\d{1,11}");

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          pattern("d MMMM uuuu"),
          pattern("d MMM uuuu"),
          pattern("MMMM d, uuuu"),
          pattern("MMM d, uuuu"),
          pattern("MMMM d uuuu"),
          pattern("d/M/uuuu"),
          pattern("uuuu/M/d"));

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH); // English month names (ROOT has none)
  }

  /**
   * A calendar date from ISO dates/date-times (the date as written, zone ignored) or English
   * long/short forms such as {@code 30 January 2019}, {@code Jan 30, 2019}; null if unreadable.
   */
  static LocalDate parseDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = DAY_GLUED.matcher(SPACES.matcher(text.strip()).replaceAll(" ")).replaceFirst("$1 $2");
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException e) {
        // try the next one
      }
    }
    Instant instant = parseInstant(s);
    if (instant != null) {
      // keep the calendar date as the publisher wrote it when there is an offset
      try {
        return OffsetDateTime.parse(s).toLocalDate();
      } catch (DateTimeParseException e) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
      }
    }
    return null;
  }

  /**
   * An instant from ISO-8601 with offset/zone, ISO local date-time or date (taken as UTC, {@code T}
   * or a space between date and time), or epoch seconds; null if unreadable.
   */
  static Instant parseInstant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    if (EPOCH_SECONDS.matcher(s).matches()) {
      return Instant.ofEpochSecond(Long.parseLong(s));
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      // next
    }
    Matcher m = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d.*)$").matcher(s);
    String iso = m.matches() ? m.group(1) + "T" + m.group(2) : s;
    try {
      return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
