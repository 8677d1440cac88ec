package org.factdesk.ingest.http;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * One source in a {@link SourcesConfig}: a feed to poll ({@code url}) or files to read ({@code
 * path}), never both.
 *
 * @param name for logs and counts; defaults to the url or path as written
 * @param url absolute http(s) URL of the feed, or null for a path source
 * @param path file, directory or glob (as {@link org.factdesk.ingest.PathExpander} takes it),
 *     resolved against the sources file's directory; null for a feed
 * @param kind what the source holds
 * @param interval time between polls of a feed (or rescans of a path with {@code --watch})
 * @param minDelay minimum time between two requests to this feed's host
 * @param mapping column mapping file for generic CSV/JSONL, resolved and checked to exist; or null
 * @param encoding {@code auto} or a charset name the JVM supports (canonical name)
 */
public record SourceEntry(
    String name, URI url, String path, Kind kind, Duration interval, Duration minDelay, Path mapping, String encoding) {

  /** What a source holds, which picks the reader family. */
  public enum Kind {
    /** Posts, articles, messages to check ({@code org.factdesk.ingest.Formats#postReader}). */
    POSTS,
    /** Published fact-checks, e.g. ClaimReview feeds ({@code Formats#factCheckReader}). */
    FACTCHECKS;

    /** The name used in sources files: {@code posts}, {@code factchecks}. */
    public String configName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** True for a feed to poll over HTTP, false for files. */
  public boolean isFeed() {
    return url != null;
  }
}
