package org.factdesk.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Small JDBC helpers shared by the services. */
final class Rows {
  private Rows() {}

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  static OffsetDateTime utc(Instant t) {
    return t == null ? null : t.atOffset(ZoneOffset.UTC);
  }

  /** Trimmed text or null when blank. */
  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** @throws InvalidFieldException when {@code value} is longer than {@code max} characters */
  static String limit(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new InvalidFieldException(field, "at most " + max + " characters");
    }
    return value;
  }
}
