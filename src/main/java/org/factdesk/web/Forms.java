package org.factdesk.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.factdesk.desk.InvalidFieldException;
import org.factdesk.desk.NotFoundException;

/** Reading request values with errors that name the field (400) or the missing thing (404). */
final class Forms {
  private Forms() {}

  /** A numeric path id; anything else is a 404 (there is no such page). */
  static long id(Context ctx, String name) {
    try {
      return Long.parseLong(ctx.pathParam(name));
    } catch (NumberFormatException e) {
      throw new NotFoundException("no such " + name + ": " + ctx.pathParam(name));
    }
  }

  /** A form field, "" when absent. */
  static String text(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v;
  }

  /** A required form field. */
  static String required(Context ctx, String name) {
    String v = text(ctx, name).strip();
    if (v.isEmpty()) {
      throw new InvalidFieldException(name, "must not be empty");
    }
    return v;
  }

  /** An optional number field: null when blank. */
  static Long optionalLong(Context ctx, String name) {
    String v = text(ctx, name).strip();
    if (v.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(name, "must be a whole number, got '" + v + "'");
    }
  }

  /** An optional query parameter, null when blank. */
  static String query(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** An optional {@code yyyy-mm-dd} query parameter as the start of that UTC day (plus {@code plusDays}). */
  static Instant day(Context ctx, String name, int plusDays) {
    String v = query(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(name, "a date yyyy-mm-dd, got '" + v + "'");
    }
  }
}
