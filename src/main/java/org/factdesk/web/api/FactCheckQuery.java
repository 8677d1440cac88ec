package org.factdesk.web.api;

import java.time.LocalDate;

/**
 * A search over published fact-checks ({@code GET /api/v1/factchecks}); every filter is optional.
 *
 * @param text words to look for in title, claim, summary and body, Vietnamese-aware and
 *     diacritic-insensitive ({@code vac xin} finds {@code vắc-xin}); null for no text filter
 * @param category category slug, exact; null for all
 * @param lang {@code vi} or {@code en}; null for all
 * @param from first publication day included (local date, Asia/Ho_Chi_Minh); null for open
 * @param to last publication day included; null for open; never before {@code from}
 * @param limit most results, 1–100
 */
public record FactCheckQuery(String text, String category, String lang, LocalDate from, LocalDate to, int limit) {
  /** Largest {@code limit} the API accepts. */
  public static final int MAX_LIMIT = 100;

  /** @throws IllegalArgumentException if limit is outside 1–100 or {@code to} is before {@code from} */
  public FactCheckQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1–" + MAX_LIMIT + ", got " + limit);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
  }

  /** The newest {@code limit} fact-checks, optionally of one category (null for all). */
  public static FactCheckQuery latest(String category, int limit) {
    return new FactCheckQuery(null, category, null, null, null, limit);
  }
}
