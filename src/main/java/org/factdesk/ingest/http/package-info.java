/**
 * Polling feeds over HTTP, and the sources file that lists them (issue #5). The {@code ingest}
 * job composes these; nothing here reads records or touches the store.
 *
 * <ul>
 *   <li>{@link org.factdesk.ingest.http.SourcesConfig}: the YAML sources file → {@link
 *       org.factdesk.ingest.http.SourceEntry} records (feeds to poll, paths to read).
 *   <li>{@link org.factdesk.ingest.http.FeedFetcher}: one polite conditional GET → a {@link
 *       org.factdesk.ingest.http.FetchResult} (FETCHED with the body in a file named for {@link
 *       org.factdesk.ingest.Formats}, NOT_MODIFIED, FAILED with {@code <url>: <reason>}, or
 *       DEFERRED) and the next {@link org.factdesk.ingest.http.FetchState}. Never throws for
 *       network or HTTP errors, so one bad feed does not stop the others.
 *   <li>Politeness: {@link org.factdesk.ingest.http.HostRateLimiter} (minimum delay per host),
 *       {@code Retry-After} on 429/503 and {@link org.factdesk.ingest.http.Backoff} for repeated
 *       failures, both kept as {@link org.factdesk.ingest.http.FetchState#notBefore()}. Time
 *       comes from an injected {@link java.time.Clock} and {@link
 *       org.factdesk.ingest.http.Sleeper}, so tests never sleep.
 *   <li>{@link org.factdesk.ingest.http.FetchStateStore}: states between runs, in memory or in
 *       {@code <data-dir>/feeds-state.json}. To back it with the database, implement the two
 *       methods; keys are the URLs exactly as configured.
 * </ul>
 *
 * <p>Tests use the JDK's {@code com.sun.net.httpserver.HttpServer} on 127.0.0.1; no network.
 */
package org.factdesk.ingest.http;
