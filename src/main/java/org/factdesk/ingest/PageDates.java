package org.factdesk.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the day-first dates printed on Vietnamese news pages: {@code 22/06/2022 14:35}, {@code
 * Thứ Hai, 22/6/2022}, {@code 14:35 22/06/2022}, {@code 22-06-2022 | 14h35}, taken in
 * {@code Asia/Ho_Chi_Minh}. A date without a time is midnight local time. Returns null for text
 * without such a date.
 */
final class PageDates {
  private PageDates() {}

  /** Zone of Vietnamese publishers. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final String DATE = "(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})";
  private static final String TIME = "(\\d{1,2})[:hH](\\d{2})";
  private static final Pattern DATE_THEN_TIME =
      Pattern.compile("(?<!\\d)" + DATE + "(?:\\s*[,|\\-–]?\\s*(?:lúc\\s*)?" + TIME + ")?(?!\\d)");
  private static final Pattern TIME_THEN_DATE =
      Pattern.compile("(?<!\\d)" + TIME + "\\s*[,|\\-–]?\\s*(?:(?:ngày|\\p{L}+ \\p{L}+,)\\s*)?" + DATE + "(?!\\d)");

  /** The first date-time in {@code text}, or null. */
  static Instant find(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher tf = TIME_THEN_DATE.matcher(text);
    Matcher dt = DATE_THEN_TIME.matcher(text);
    boolean hasTf = tf.find();
    boolean hasDt = dt.find();
    try {
      if (hasTf && (!hasDt || tf.start() <= dt.start())) {
        return at(tf.group(3), tf.group(4), tf.group(5), tf.group(1), tf.group(2));
      }
      if (hasDt) {
        return at(dt.group(1), dt.group(2), dt.group(3), dt.group(4), dt.group(5));
      }
    } catch (DateTimeException e) {
      return null; // 31/02/2022, 25:00 ...
    }
    return null;
  }

  private static Instant at(String d, String m, String y, String hh, String mm) {
    LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    LocalTime time = hh == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(hh), Integer.parseInt(mm));
    return LocalDateTime.of(date, time).atZone(VIETNAM).toInstant();
  }
}
