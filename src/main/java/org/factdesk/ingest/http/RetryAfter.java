package org.factdesk.ingest.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110 §10.2.3): delay seconds ({@code 120}) or an
 * HTTP date ({@code Wed, 21 Oct 2015 07:28:00 GMT}). Waits longer than {@link #MAX} are cut to it,
 * so one odd header cannot silence a feed for a year.
 */
final class RetryAfter {
  /** Longest wait honoured. */
  static final Duration MAX = Duration.ofDays(1);

  private RetryAfter() {}

  /** The instant before which not to retry, or null if the header is absent, unreadable or past. */
  static Instant until(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String h = header.strip();
    Instant until;
    if (h.chars().allMatch(Character::isDigit)) {
      until = h.length() > 9 ? now.plus(MAX) : now.plusSeconds(Long.parseLong(h));
    } else {
      try {
        until = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    if (!until.isAfter(now)) {
      return null;
    }
    return until.isAfter(now.plus(MAX)) ? now.plus(MAX) : until;
  }
}
