package org.factdesk.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factdesk.store.Database;

/**
 * The privacy-preserving visitor counter: one daily total per page path (UTC day). Nothing about the
 * visitor is stored or read — no IP address, cookie or user agent — so totals count page loads, not
 * people. Not audited (it is not a staff write).
 */
public final class PageViewCounter {
  private final Database db;
  private final Clock clock;

  public PageViewCounter(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Adds one view of {@code path} today.
   *
   * @throws InvalidFieldException {@code path} blank or longer than 1,000 characters
   */
  public void count(String path) {
    if (path == null || path.isBlank() || path.length() > 1000) {
      throw new InvalidFieldException("path", "1-1000 characters");
    }
    LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    try {
      db.jdbi().useTransaction(h -> {
        if (increment(h, path, day) == 0) {
          h.createUpdate("INSERT INTO page_views (path, day_utc, views) VALUES (:p, :d, 1)")
              .bind("p", path).bind("d", day).execute();
        }
      });
    } catch (RuntimeException raced) {
      // another request inserted today's row between our UPDATE and INSERT (primary key violation):
      // the row exists now, so count on it in a fresh transaction
      if (db.jdbi().inTransaction(h -> increment(h, path, day)) == 0) {
        throw raced;
      }
    }
  }

  private static int increment(org.jdbi.v3.core.Handle h, String path, LocalDate day) {
    return h.createUpdate("UPDATE page_views SET views = views + 1 WHERE path = :p AND day_utc = :d")
        .bind("p", path).bind("d", day).execute();
  }

  /** Views of {@code path} per day, oldest first, for the last {@code days} days. */
  public Map<LocalDate, Long> daily(String path, int days) {
    LocalDate from = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(days - 1L);
    Map<LocalDate, Long> out = new LinkedHashMap<>();
    db.jdbi().useHandle(h -> h.createQuery(
            "SELECT day_utc, views FROM page_views WHERE path = :p AND day_utc >= :d ORDER BY day_utc")
        .bind("p", path).bind("d", from)
        .map((rs, ctx) -> Map.entry(rs.getDate(1).toLocalDate(), rs.getLong(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  /** Total views of all pages on the given day. */
  public long total(LocalDate day) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(SUM(views), 0) FROM page_views WHERE day_utc = :d")
        .bind("d", day).mapTo(Long.class).one());
  }
}
