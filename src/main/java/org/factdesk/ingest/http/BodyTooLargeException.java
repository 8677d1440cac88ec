package org.factdesk.ingest.http;

import java.io.IOException;

/** A response body over the fetcher's size limit (sent or after gzip decoding). */
final class BodyTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  BodyTooLargeException(long maxBytes) {
    super("body larger than " + bytes(maxBytes));
  }

  /** {@code 20 MiB}, {@code 1 KiB}, {@code 1500 bytes}. */
  static String bytes(long n) {
    if (n > 0 && n % (1 << 20) == 0) {
      return n / (1 << 20) + " MiB";
    }
    return n > 0 && n % 1024 == 0 ? n / 1024 + " KiB" : n + " bytes";
  }
}
