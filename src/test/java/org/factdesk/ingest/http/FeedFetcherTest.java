package org.factdesk.ingest.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ingest.http.TestServer.respond;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.factdesk.ingest.FeedReader;
import org.factdesk.ingest.Formats;
import org.factdesk.ingest.http.FetchResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedFetcherTest {
  @TempDir Path dir;

  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  private static final String RSS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Tin nhanh</title>"
          + "<item><guid>1</guid><title>Bộ Y tế bác tin đồn</title></item></channel></rss>\n";
  private static final String ATOM =
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Kiểm chứng</title></feed>\n";

  private final FakeClock clock = new FakeClock(T0);
  private final TestServer server = newServer();

  private static TestServer newServer() {
    try {
      return new TestServer();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private FeedFetcher.Builder fetcher() {
    return FeedFetcher.builder().clock(clock).sleeper(clock.sleeper()).bodyDirectory(dir);
  }

  @Test
  void fetchesThenSendsIfNoneMatchAndGetsNotModified() throws IOException {
    server.on("/feed.rss", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        respond(ex, 304, null, "ETag", "\"v1\"");
      } else {
        respond(ex, 200, RSS.getBytes(UTF_8), "Content-Type", "application/rss+xml; charset=utf-8", "ETag", "\"v1\"");
      }
    });
    FeedFetcher f = fetcher().build();
    URI url = server.url("/feed.rss");

    FetchResult first = f.fetch(url, FetchState.NEW);
    assertThat(first.outcome()).isEqualTo(Outcome.FETCHED);
    assertThat(first.httpStatus()).isEqualTo(200);
    assertThat(first.error()).isNull();
    assertThat(first.format()).isEqualTo("rss");
    assertThat(first.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
    assertThat(first.body().getParent()).isEqualTo(dir);
    assertThat(first.body().getFileName().toString()).startsWith("factdesk-feed-").endsWith(".rss");
    assertThat(Files.readString(first.body())).isEqualTo(RSS);
    assertThat(Formats.postReader(first.body(), null)).isInstanceOf(FeedReader.class);
    assertThat(first.state()).isEqualTo(new FetchState("\"v1\"", null, T0, 0, null));

    FetchResult second = f.fetch(url, first.state());
    assertThat(second).isEqualTo(new FetchResult(url, Outcome.NOT_MODIFIED, 304, null, null, null,
        new FetchState("\"v1\"", null, T0.plusSeconds(1), 0, null), null));
    assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(1)); // same host, default min delay

    TestServer.Seen a = server.requests.get(0);
    TestServer.Seen b = server.requests.get(1);
    assertThat(a.header("If-None-Match")).isNull();
    assertThat(a.header("User-Agent")).isEqualTo("factdesk/dev (+https://github.com/factdesk/factdesk)");
    assertThat(a.header("Accept-Encoding")).isEqualTo("gzip");
    assertThat(b.header("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(b.header("If-Modified-Since")).isNull();
    assertThat(server.requests).hasSize(2);
  }

  @Test
  void lastModifiedRoundTripsAsIfModifiedSince() {
    String lastModified = "Wed, 22 Jun 2022 07:35:00 GMT";
    server.on("/atom", ex -> {
      if (lastModified.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) {
        respond(ex, 304, null);
      } else {
        respond(ex, 200, ATOM.getBytes(UTF_8), "Content-Type", "text/xml", "Last-Modified", lastModified);
      }
    });
    FeedFetcher f = fetcher().build();

    FetchResult first = f.fetch(server.url("/atom"), FetchState.NEW);
    assertThat(first.outcome()).isEqualTo(Outcome.FETCHED);
    assertThat(first.format()).isEqualTo("atom"); // by the root element, the media type being generic
    assertThat(first.state()).isEqualTo(new FetchState(null, lastModified, T0, 0, null));

    FetchResult second = f.fetch(server.url("/atom"), first.state());
    assertThat(second.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(second.state()).isEqualTo(new FetchState(null, lastModified, T0.plusSeconds(1), 0, null)); // kept
    assertThat(server.requests.get(1).header("If-Modified-Since")).isEqualTo(lastModified);
  }

  @Test
  void gzipBodiesAreDecodedIntoTheCallersFile() throws IOException {
    byte[] gz = gzip(RSS.getBytes(UTF_8));
    server.on("/gz", ex -> respond(ex, 200, gz, "Content-Encoding", "gzip", "Content-Type", "text/html"));
    Path target = dir.resolve("inbox/feed.xml");
    Files.createDirectories(target.getParent());

    FetchResult r = fetcher().build().fetch(server.url("/gz"), FetchState.NEW, Duration.ZERO, target);

    assertThat(r.outcome()).isEqualTo(Outcome.FETCHED);
    assertThat(r.body()).isEqualTo(target);
    assertThat(Files.readAllBytes(target)).isEqualTo(RSS.getBytes(UTF_8));
    assertThat(r.format()).isEqualTo("rss"); // served as text/html, but it is a feed
    try (var files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target); // no .part left
    }
  }

  @Test
  void retryAfterOn503BlocksTheUrlUntilTheClockPassesIt() {
    int[] calls = {0};
    server.on("/busy", ex -> {
      if (calls[0]++ == 0) {
        respond(ex, 503, "busy".getBytes(UTF_8), "Retry-After", "120");
      } else {
        respond(ex, 200, RSS.getBytes(UTF_8));
      }
    });
    FeedFetcher f = fetcher().build();
    URI url = server.url("/busy");

    FetchResult failed = f.fetch(url, FetchState.NEW);
    assertThat(failed).isEqualTo(new FetchResult(url, Outcome.FAILED, 503, null, null, null,
        new FetchState(null, null, T0, 1, T0.plusSeconds(120)), url + ": HTTP 503"));

    clock.advance(Duration.ofSeconds(119));
    FetchResult deferred = f.fetch(url, failed.state());
    assertThat(deferred).isEqualTo(new FetchResult(url, Outcome.DEFERRED, 0, null, null, null, failed.state(),
        url + ": deferred until 2024-05-01T10:02:00Z after 1 failure"));
    assertThat(server.requests).hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    FetchResult ok = f.fetch(url, deferred.state());
    assertThat(ok.outcome()).isEqualTo(Outcome.FETCHED);
    assertThat(ok.format()).isEqualTo("rss"); // no media type: sniffed
    assertThat(ok.state()).isEqualTo(new FetchState(null, null, T0.plusSeconds(120), 0, null));
    assertThat(clock.sleeps).isEmpty();
  }

  @Test
  void retryAfterAsAnHttpDateOn429() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(T0.plusSeconds(300).atOffset(ZoneOffset.UTC));
    server.on("/slow", ex -> respond(ex, 429, null, "Retry-After", date));

    FetchResult r = fetcher().build().fetch(server.url("/slow"), FetchState.NEW);

    assertThat(date).isEqualTo("Wed, 1 May 2024 10:05:00 GMT");
    assertThat(r.error()).isEqualTo(server.url("/slow") + ": HTTP 429");
    assertThat(r.state()).isEqualTo(new FetchState(null, null, T0, 1, T0.plusSeconds(300)));
  }

  @Test
  void repeatedFailuresBackOffDoublingUpToAnHour() {
    server.on("/down", ex -> respond(ex, 500, "oops".getBytes(UTF_8)));
    FeedFetcher f = fetcher().build();
    URI url = server.url("/down");

    List<Long> waits = new ArrayList<>();
    FetchState state = new FetchState("\"v0\"", null, null, 0, null);
    for (int i = 0; i < 8; i++) {
      FetchResult r = f.fetch(url, state);
      assertThat(r.error()).isEqualTo(url + ": HTTP 500");
      state = r.state();
      waits.add(Duration.between(clock.instant(), state.notBefore()).toSeconds());
      clock.set(state.notBefore());
    }
    assertThat(waits).containsExactly(60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L);
    assertThat(state.failures()).isEqualTo(8);
    assertThat(state.etag()).isEqualTo("\"v0\""); // validators survive failures
    assertThat(clock.sleeps).isEmpty(); // the backoff outlasts the host delay
  }

  @Test
  void twoUrlsOnOneHostWaitTheMinimumInterval() {
    server.on("/", ex -> respond(ex, 200, RSS.getBytes(UTF_8)));
    FeedFetcher f = fetcher().build();

    f.fetch(server.url("/a.rss"), FetchState.NEW, Duration.ofSeconds(2));
    clock.advance(Duration.ofMillis(500));
    FetchResult b = f.fetch(server.url("/b.rss"), FetchState.NEW, Duration.ofSeconds(2));
    FetchResult c = f.fetch(server.url("/c.rss"), FetchState.NEW, Duration.ZERO);

    assertThat(clock.sleeps).containsExactly(Duration.ofMillis(1500));
    assertThat(b.state().lastFetch()).isEqualTo(T0.plusSeconds(2));
    assertThat(c.state().lastFetch()).isEqualTo(T0.plusSeconds(2));
    assertThat(server.requests).extracting(TestServer.Seen::path).containsExactly("/a.rss", "/b.rss", "/c.rss");
  }

  @Test
  void aSlowServerTimesOut() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    server.on("/hang", ex -> {
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    try {
      FetchResult r = fetcher().requestTimeout(Duration.ofMillis(100)).build().fetch(server.url("/hang"), FetchState.NEW);
      assertThat(r).isEqualTo(new FetchResult(server.url("/hang"), Outcome.FAILED, 0, null, null, null,
          new FetchState(null, null, T0, 1, T0.plusSeconds(60)), server.url("/hang") + ": timed out after 100 ms"));
    } finally {
      release.countDown();
    }
  }

  @Test
  void bodiesOverTheLimitFailDeclaredStreamedOrGzipped() throws IOException {
    byte[] big = new byte[2048];
    byte[] bomb = gzip(new byte[4096]);
    server.on("/declared", ex -> respond(ex, 200, big));
    server.on("/chunked", ex -> {
      ex.sendResponseHeaders(200, 0); // chunked: no length up front
      try (OutputStream out = ex.getResponseBody()) {
        out.write(big);
      } catch (IOException e) {
        // the client hung up, as it should
      }
    });
    server.on("/bomb", ex -> respond(ex, 200, bomb, "Content-Encoding", "gzip"));
    FeedFetcher f = fetcher().maxBodyBytes(1024).build();

    for (String path : List.of("/declared", "/chunked", "/bomb")) {
      FetchResult r = f.fetch(server.url(path), FetchState.NEW, Duration.ZERO);
      assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(r.httpStatus()).isEqualTo(path.equals("/bomb") ? 200 : 0); // the bomb arrived whole
      assertThat(r.error()).isEqualTo(server.url(path) + ": body larger than 1 KiB");
    }
    assertThat(bomb.length).isLessThan(1024);
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty(); // temp files removed
    }
  }

  @Test
  void httpErrorsRefusedConnectionsAndRedirects() throws IOException {
    server.on("/gone", ex -> respond(ex, 404, null));
    server.on("/old", ex -> respond(ex, 301, null, "Location", "/new.json"));
    server.on("/new.json", ex -> respond(ex, 200, "{\"@type\": \"ClaimReview\"}".getBytes(UTF_8),
        "Content-Type", "application/ld+json"));
    FeedFetcher f = fetcher().defaultMinDelay(Duration.ZERO).build();

    assertThat(f.fetch(server.url("/gone"), FetchState.NEW).error()).isEqualTo(server.url("/gone") + ": HTTP 404");
    FetchResult moved = f.fetch(server.url("/old"), FetchState.NEW);
    assertThat(moved.outcome()).isEqualTo(Outcome.FETCHED);
    assertThat(moved.format()).isEqualTo("jsonld");
    assertThat(Files.readString(moved.body())).isEqualTo("{\"@type\": \"ClaimReview\"}");

    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    URI refused = URI.create("http://127.0.0.1:" + closedPort + "/feed.rss");
    FetchResult r = f.fetch(refused, FetchState.NEW);
    assertThat(r).isEqualTo(new FetchResult(refused, Outcome.FAILED, 0, null, null, null,
        new FetchState(null, null, T0, 1, T0.plusSeconds(60)), refused + ": connection refused"));

    URI ftp = URI.create("ftp://127.0.0.1/feed.rss");
    assertThat(f.fetch(ftp, FetchState.NEW).error()).isEqualTo("ftp://127.0.0.1/feed.rss: not a valid http(s) URL");
  }

  @Test
  void unsupportedOrBrokenContentEncodingsFail() {
    server.on("/br", ex -> respond(ex, 200, RSS.getBytes(UTF_8), "Content-Encoding", "br"));
    server.on("/notgz", ex -> respond(ex, 200, RSS.getBytes(UTF_8), "Content-Encoding", "gzip"));
    FeedFetcher f = fetcher().defaultMinDelay(Duration.ZERO).build();

    FetchResult br = f.fetch(server.url("/br"), FetchState.NEW);
    assertThat(br.httpStatus()).isEqualTo(200);
    assertThat(br.error()).isEqualTo(server.url("/br") + ": unsupported Content-Encoding: br");
    FetchResult notGzip = f.fetch(server.url("/notgz"), FetchState.NEW);
    assertThat(notGzip.httpStatus()).isEqualTo(200);
    assertThat(notGzip.error()).isEqualTo(server.url("/notgz") + ": bad gzip body: Not in GZIP format");
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(data);
    }
    return bytes.toByteArray();
  }
}
