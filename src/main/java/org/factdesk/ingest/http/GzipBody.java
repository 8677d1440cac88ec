package org.factdesk.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Decodes a body sent with {@code Content-Encoding: gzip}, bounding the decoded size (gzip bombs). */
final class GzipBody {
  private GzipBody() {}

  /**
   * Decodes {@code raw} into a new sibling file and returns it; {@code raw} is left as is.
   *
   * @throws BodyTooLargeException if the decoded body passes {@code maxBytes}
   * @throws IOException {@code bad gzip body: ...} if {@code raw} is not gzip
   */
  static Path decode(Path raw, long maxBytes) throws IOException {
    Path out = Files.createTempFile(raw.toAbsolutePath().getParent(), "factdesk-feed-", ".part");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(raw)); OutputStream os = Files.newOutputStream(out)) {
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new BodyTooLargeException(maxBytes);
        }
        os.write(buf, 0, n);
      }
      return out;
    } catch (IOException e) {
      FeedFetcher.deleteQuietly(out);
      throw e instanceof BodyTooLargeException ? e : new IOException("bad gzip body: " + e.getMessage(), e);
    }
  }
}
