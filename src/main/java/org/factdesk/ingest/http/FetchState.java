package org.factdesk.ingest.http;

import java.time.Duration;
import java.time.Instant;

/**
 * What is remembered about one feed URL between polls: the validators for a conditional GET and
 * the politeness state.
 *
 * @param etag the last {@code ETag} header, sent back as {@code If-None-Match}; or null
 * @param lastModified the last {@code Last-Modified} header, sent back as {@code If-Modified-Since}
 *     as received; or null
 * @param lastFetch when the last request was sent (whatever its outcome); null if never
 * @param failures consecutive failed fetches (0 after any success or 304)
 * @param notBefore no request before this instant ({@code Retry-After} or backoff); or null
 */
public record FetchState(String etag, String lastModified, Instant lastFetch, int failures, Instant notBefore) {
  /** A URL never fetched. */
  public static final FetchState NEW = new FetchState(null, null, null, 0, null);

  /** True when {@link #notBefore()} does not forbid a request at {@code now}. */
  public boolean mayFetchAt(Instant now) {
    return notBefore == null || !now.isBefore(notBefore);
  }

  /**
   * When the next poll is due: {@code lastFetch + interval}, but not before {@link #notBefore()};
   * {@link Instant#MIN} (now) for a URL never fetched and not deferred.
   */
  public Instant dueAt(Duration interval) {
    Instant due = lastFetch == null ? Instant.MIN : lastFetch.plus(interval);
    return notBefore != null && notBefore.isAfter(due) ? notBefore : due;
  }
}
