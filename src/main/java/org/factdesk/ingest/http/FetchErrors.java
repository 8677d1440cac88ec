package org.factdesk.ingest.http;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Short reasons for failed exchanges, for {@code <url>: <reason>} messages: {@code connection
 * refused}, {@code connect timed out after 10 s}, {@code timed out after 30 s}, {@code unknown
 * host}, {@code TLS error: ...}, {@code body larger than 20 MiB}, else the exception's message.
 */
final class FetchErrors {
  private FetchErrors() {}

  /** The reason for {@code t}, found anywhere in its cause chain. */
  static String describe(Throwable t, Duration connectTimeout, Duration requestTimeout) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof BodyTooLargeException) {
        return c.getMessage();
      }
      if (c instanceof HttpConnectTimeoutException) {
        return "connect timed out after " + Durations.human(connectTimeout);
      }
      if (c instanceof HttpTimeoutException) {
        return "timed out after " + Durations.human(requestTimeout);
      }
      if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
        return "unknown host";
      }
      if (c instanceof SSLException) {
        return "TLS error: " + c.getMessage();
      }
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ConnectException) {
        String m = c.getMessage();
        return m == null || m.toLowerCase(Locale.ROOT).contains("refused") ? "connection refused" : "cannot connect: " + m;
      }
    }
    String m = t == null ? null : t.getMessage();
    return m != null && !m.isBlank() ? m : t == null ? "unknown error" : t.getClass().getSimpleName();
  }
}
