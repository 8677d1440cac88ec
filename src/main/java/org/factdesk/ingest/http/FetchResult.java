package org.factdesk.ingest.http;

import java.net.URI;
import java.nio.file.Path;

/**
 * The outcome of one {@link FeedFetcher#fetch} call.
 *
 * @param url the URL asked for
 * @param outcome what happened
 * @param httpStatus the final HTTP status (after redirects); 0 when no whole response arrived
 *     (network error, timeout, body cut off at the size limit) or nothing was sent (DEFERRED)
 * @param body FETCHED only: the file holding the body exactly as sent (gzip transfer coding
 *     removed, charset untouched), named {@code *.<format>}; the caller reads and deletes it
 * @param contentType FETCHED only: the {@code Content-Type} header as sent, or null
 * @param format FETCHED only: the extension picking the reader ({@code rss}, {@code atom}, {@code
 *     xml}, {@code html}, {@code json}, {@code jsonld}, {@code jsonl}, {@code csv}, {@code tsv},
 *     {@code txt}); see {@link BodyFormat}
 * @param state the state to store for this URL, whatever the outcome
 * @param error FAILED and DEFERRED only: {@code <url>: <what>}, e.g. {@code
 *     https://a.example/f.rss: HTTP 503}
 */
public record FetchResult(
    URI url, Outcome outcome, int httpStatus, Path body, String contentType, String format, FetchState state, String error) {

  /** What one fetch did. */
  public enum Outcome {
    /** A 2xx response; {@link #body()} holds it. */
    FETCHED,
    /** 304: unchanged since the last fetch; nothing to read. */
    NOT_MODIFIED,
    /** No usable response (HTTP error, timeout, refused, too large...); see {@link #error()}. */
    FAILED,
    /** Not requested: {@code Retry-After} or backoff forbids it until {@link FetchState#notBefore()}. */
    DEFERRED
  }

  static FetchResult fetched(URI url, int status, Path body, String contentType, String format, FetchState state) {
    return new FetchResult(url, Outcome.FETCHED, status, body, contentType, format, state, null);
  }

  static FetchResult notModified(URI url, FetchState state) {
    return new FetchResult(url, Outcome.NOT_MODIFIED, 304, null, null, null, state, null);
  }

  static FetchResult failed(URI url, int status, FetchState state, String what) {
    return new FetchResult(url, Outcome.FAILED, status, null, null, null, state, url + ": " + what);
  }

  static FetchResult deferred(URI url, FetchState state) {
    return new FetchResult(url, Outcome.DEFERRED, 0, null, null, null, state,
        url + ": deferred until " + state.notBefore() + " after " + state.failures()
            + (state.failures() == 1 ? " failure" : " failures"));
  }
}
