package org.factdesk.ingest.http;

import java.io.IOException;

/**
 * Where {@link FetchState}s live between runs, keyed by the feed URL exactly as configured.
 * Implementations: {@link InMemoryFetchStateStore} (tests, one-off runs) and {@link
 * JsonFileFetchStateStore} ({@code <data-dir>/feeds-state.json}); a database table would do too.
 */
public interface FetchStateStore {
  /** The state of {@code url}, or {@link FetchState#NEW} if it was never stored. */
  FetchState get(String url);

  /** Stores the state of {@code url}, replacing any earlier one; durable when this returns. */
  void put(String url, FetchState state) throws IOException;
}
