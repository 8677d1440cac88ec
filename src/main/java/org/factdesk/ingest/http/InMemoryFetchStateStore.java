package org.factdesk.ingest.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link FetchStateStore} in a map: forgotten when the process ends. Thread-safe. */
public final class InMemoryFetchStateStore implements FetchStateStore {
  private final Map<String, FetchState> states = new ConcurrentHashMap<>();

  @Override
  public FetchState get(String url) {
    return states.getOrDefault(url, FetchState.NEW);
  }

  @Override
  public void put(String url, FetchState state) {
    states.put(url, state);
  }
}
