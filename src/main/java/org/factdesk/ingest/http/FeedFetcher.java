package org.factdesk.ingest.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one feed URL politely, with a conditional GET, into a file the readers can take.
 *
 * <p>Each {@link #fetch} call: returns DEFERRED without a request while {@link
 * FetchState#notBefore()} is ahead; waits for the per-host {@link HostRateLimiter}; sends {@code
 * GET} with {@code User-Agent: factdesk/<version> (+https://github.com/factdesk/factdesk)}, {@code
 * Accept-Encoding: gzip} and {@code If-None-Match}/{@code If-Modified-Since} from the previous
 * state; follows redirects (not https → http); streams a 2xx body to a file, decoding gzip, failing
 * past the size limit. The connect timeout bounds connecting; the request timeout bounds the whole
 * exchange, body included.
 *
 * <p>Never throws for network or HTTP trouble: the result is FAILED with {@code <url>: HTTP 503},
 * {@code <url>: timed out after 30 s}, {@code <url>: connection refused}, {@code <url>: body larger
 * than 20 MiB}... and a state with one more failure and {@code notBefore} = now + {@link Backoff},
 * or the {@code Retry-After} of a 429/503 if later. A 2xx or 304 resets the failures.
 *
 * <p>Thread-safe; one instance should serve a whole run so the rate limiter sees every request.
 */
public final class FeedFetcher {
  /** Where the user agent points site operators. */
  public static final String PROJECT_URL = "https://github.com/factdesk/factdesk";

  private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
      + "text/xml;q=0.9, application/ld+json;q=0.8, application/json;q=0.8, text/html;q=0.5, */*;q=0.1";

  private final HttpClient client;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final long maxBodyBytes;
  private final String userAgent;
  private final Clock clock;
  private final HostRateLimiter limiter;
  private final Duration defaultMinDelay;
  private final Backoff backoff;
  private final Path bodyDir;

  private FeedFetcher(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
    this.maxBodyBytes = b.maxBodyBytes;
    this.userAgent = b.userAgent;
    this.clock = b.clock;
    this.limiter = new HostRateLimiter(b.clock, b.sleeper);
    this.defaultMinDelay = b.defaultMinDelay;
    this.backoff = b.backoff;
    this.bodyDir = b.bodyDir;
    this.client = HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** A builder with the defaults: 10 s connect, 30 s request, 20 MiB, 1 s per host, 1 min → 1 h backoff. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code factdesk/<version> (+https://github.com/factdesk/factdesk)}; version {@code dev} outside a jar. */
  public static String defaultUserAgent() {
    String v = FeedFetcher.class.getPackage().getImplementationVersion();
    return "factdesk/" + (v == null ? "dev" : v) + " (+" + PROJECT_URL + ")";
  }

  /** Fetches {@code url} into a new temporary file, waiting the default per-host delay. */
  public FetchResult fetch(URI url, FetchState previous) {
    return fetch(url, previous, defaultMinDelay, null);
  }

  /** Fetches {@code url} into a new temporary file, at least {@code minDelay} after the host's last request. */
  public FetchResult fetch(URI url, FetchState previous, Duration minDelay) {
    return fetch(url, previous, minDelay, null);
  }

  /**
   * Fetches {@code url}.
   *
   * @param previous the stored state ({@link FetchState#NEW} the first time)
   * @param minDelay minimum time since the previous request to this host
   * @param target where to write the body (replaced only on FETCHED); null for a new file {@code
   *     factdesk-feed-*.<format>} in the body directory
   */
  public FetchResult fetch(URI url, FetchState previous, Duration minDelay, Path target) {
    if (!previous.mayFetchAt(clock.instant())) {
      return FetchResult.deferred(url, previous);
    }
    try {
      limiter.acquire(url, minDelay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FetchResult.failed(url, 0, previous, "interrupted");
    }
    Instant sent = clock.instant();
    HttpRequest request;
    try {
      request = request(url, previous);
    } catch (IllegalArgumentException e) {
      return failure(url, 0, previous, sent, null, "not a valid http(s) URL");
    }
    Path raw = null;
    try {
      raw = target == null ? Files.createTempFile(bodyDir, "factdesk-feed-", ".part")
          : Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".part");
      Path rawFile = raw;
      CompletableFuture<HttpResponse<Path>> pending = client.sendAsync(request, info -> info.statusCode() / 100 == 2
          ? new LimitedFileSubscriber(rawFile, maxBodyBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1))
          : HttpResponse.BodySubscribers.replacing(null));
      HttpResponse<Path> response;
      try {
        response = pending.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        pending.cancel(true);
        return failure(url, 0, previous, sent, null, "timed out after " + Durations.human(requestTimeout));
      } catch (ExecutionException e) {
        return failure(url, 0, previous, sent, null, FetchErrors.describe(e.getCause(), connectTimeout, requestTimeout));
      } catch (InterruptedException e) {
        pending.cancel(true);
        Thread.currentThread().interrupt();
        return FetchResult.failed(url, 0, previous, "interrupted");
      }
      return handle(url, previous, sent, response, target);
    } catch (IOException e) {
      return failure(url, 0, previous, sent, null, FetchErrors.describe(e, connectTimeout, requestTimeout));
    } finally {
      deleteQuietly(raw);
    }
  }

  private HttpRequest request(URI url, FetchState previous) {
    HttpRequest.Builder b = HttpRequest.newBuilder(url)
        .GET()
        .timeout(requestTimeout)
        .header("User-Agent", userAgent)
        .header("Accept", ACCEPT)
        .header("Accept-Encoding", "gzip");
    if (previous.etag() != null) {
      b.header("If-None-Match", previous.etag());
    }
    if (previous.lastModified() != null) {
      b.header("If-Modified-Since", previous.lastModified());
    }
    return b.build();
  }

  private FetchResult handle(URI url, FetchState previous, Instant sent, HttpResponse<Path> response, Path target)
      throws IOException {
    int status = response.statusCode();
    String etag = response.headers().firstValue("ETag").orElse(null);
    String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
    if (status == 304) {
      return FetchResult.notModified(url, new FetchState(
          etag != null ? etag : previous.etag(), lastModified != null ? lastModified : previous.lastModified(), sent, 0, null));
    }
    if (status / 100 != 2) {
      Instant retryAfter = status == 429 || status == 503
          ? RetryAfter.until(response.headers().firstValue("Retry-After").orElse(null), sent) : null;
      return failure(url, status, previous, sent, retryAfter, "HTTP " + status);
    }
    String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
    boolean gzip = encoding.equals("gzip") || encoding.equals("x-gzip");
    if (!gzip && !encoding.equals("identity") && !encoding.isEmpty()) {
      return failure(url, status, previous, sent, null, "unsupported Content-Encoding: " + encoding);
    }
    Path decoded;
    try {
      decoded = gzip ? GzipBody.decode(response.body(), maxBodyBytes) : response.body();
    } catch (IOException e) {
      return failure(url, status, previous, sent, null, e.getMessage());
    }
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    String format = BodyFormat.of(contentType, response.uri(), decoded);
    Path body = target != null ? target : Files.createTempFile(bodyDir, "factdesk-feed-", "." + format);
    try {
      Files.move(decoded, body, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      deleteQuietly(decoded);
    }
    return FetchResult.fetched(url, status, body, contentType, format, new FetchState(etag, lastModified, sent, 0, null));
  }

  private FetchResult failure(URI url, int status, FetchState previous, Instant sent, Instant retryAfter, String what) {
    int failures = previous.failures() + 1;
    Instant notBefore = sent.plus(backoff.after(failures));
    if (retryAfter != null && retryAfter.isAfter(notBefore)) {
      notBefore = retryAfter;
    }
    FetchState state = new FetchState(previous.etag(), previous.lastModified(), sent, failures, notBefore);
    return FetchResult.failed(url, status, state, what);
  }

  static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // a leftover temp file is harmless
      }
    }
  }

  /** Settings for a {@link FeedFetcher}; every one has a default. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private long maxBodyBytes = 20L << 20;
    private String userAgent = defaultUserAgent();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private Duration defaultMinDelay = SourcesConfig.DEFAULT_MIN_DELAY;
    private Backoff backoff = Backoff.DEFAULT;
    private Path bodyDir = Path.of(System.getProperty("java.io.tmpdir"));

    private Builder() {}

    /** Time allowed to open the connection; default 10 s. */
    public Builder connectTimeout(Duration d) {
      connectTimeout = positive(d, "connectTimeout");
      return this;
    }

    /** Time allowed for the whole exchange, body included; default 30 s. */
    public Builder requestTimeout(Duration d) {
      requestTimeout = positive(d, "requestTimeout");
      return this;
    }

    /** Largest body accepted, after gzip decoding; default 20 MiB. */
    public Builder maxBodyBytes(long n) {
      if (n <= 0) {
        throw new IllegalArgumentException("maxBodyBytes must be positive, got " + n);
      }
      maxBodyBytes = n;
      return this;
    }

    /** Default {@link #defaultUserAgent()}. */
    public Builder userAgent(String ua) {
      userAgent = Objects.requireNonNull(ua);
      return this;
    }

    /** Time source for states, the rate limiter and backoff; default the UTC system clock. */
    public Builder clock(Clock c) {
      clock = Objects.requireNonNull(c);
      return this;
    }

    /** How the rate limiter waits; default {@link Sleeper#system()}. */
    public Builder sleeper(Sleeper s) {
      sleeper = Objects.requireNonNull(s);
      return this;
    }

    /** Per-host delay when a fetch names none; default 1 s. */
    public Builder defaultMinDelay(Duration d) {
      if (d.isNegative()) {
        throw new IllegalArgumentException("defaultMinDelay must not be negative, got " + d);
      }
      defaultMinDelay = d;
      return this;
    }

    /** Waits after repeated failures; default {@link Backoff#DEFAULT}. */
    public Builder backoff(Backoff b) {
      backoff = Objects.requireNonNull(b);
      return this;
    }

    /** Directory for temporary body files; default {@code java.io.tmpdir}. */
    public Builder bodyDirectory(Path dir) {
      bodyDir = Objects.requireNonNull(dir);
      return this;
    }

    public FeedFetcher build() {
      return new FeedFetcher(this);
    }

    private static Duration positive(Duration d, String what) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive, got " + d);
      }
      return d;
    }
  }
}
