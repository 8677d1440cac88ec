package org.factdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.factdesk.ingest.TextEncoding;
import org.factdesk.match.Retrieval;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polling a sources file: an RSS feed over HTTP (conditional GET) and a watched folder. */
class IngestWatchTest {
  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Báo Mẫu</title><language>vi</language>
        <item><guid>https://bao.example/a1</guid><link>https://bao.example/a1?utm_source=rss</link>
          <title>Bộ Y tế: 120 ca mắc mới trong ngày</title><description>Số ca mắc tăng ở 5 tỉnh.</description>
          <pubDate>Wed, 22 Jun 2022 14:35:00 +0700</pubDate></item>
        <item><guid>https://bao.example/a2</guid><link>https://bao.example/a2</link>
          <title>Giá xăng giảm 500 đồng</title><description>Từ 15 giờ chiều nay.</description></item>
      </channel></rss>
      """;

  @TempDir Path tmp;
  HttpServer server;
  final List<String> seenIfNoneMatch = new CopyOnWriteArrayList<>();

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/feed.rss", ex -> {
      String inm = ex.getRequestHeaders().getFirst("If-None-Match");
      seenIfNoneMatch.add(String.valueOf(inm));
      if ("\"v1\"".equals(inm)) {
        ex.sendResponseHeaders(304, -1);
      } else {
        byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("ETag", "\"v1\"");
        ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
      }
      ex.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-11-29T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void feedsAreFetchedConditionallyAndNewFilesArePickedUp() throws Exception {
    Path inbox = tmp.resolve("inbox");
    Files.createDirectories(inbox);
    Files.writeString(inbox.resolve("day1.jsonl"),
        "{\"id\":\"f1\",\"text\":\"Hà Nội mưa lớn, 30 tuyến phố ngập sâu chiều nay\",\"source\":\"Trang tin A\"}\n");
    Path sources = tmp.resolve("sources.yaml");
    Files.writeString(sources, """
        poll_interval: 10m
        sources:
          - name: Báo Mẫu
            url: http://127.0.0.1:%d/feed.rss
            interval: 15m
            min_delay: 0s
          - name: inbox
            path: inbox
            interval: 5m
        """.formatted(server.getAddress().getPort()), StandardCharsets.UTF_8);
    TestClock clock = new TestClock();
    IngestConfig config = new IngestConfig(List.of(), sources, tmp.resolve("data"), null, true, Duration.ofMinutes(1), 0,
        Retrieval.BM25, null, 3, 1, 100, false, TextEncoding.AUTO);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream log = new PrintStream(printed, true, StandardCharsets.UTF_8);
        IngestJob job = IngestJob.open(config, MatchingSettings.defaults(), log, clock)) {
      job.pollOnce();
      assertThat(job.counts().stored()).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(3);
      assertThat(seenIfNoneMatch).containsExactly("null");

      clock.now = clock.now.plus(Duration.ofMinutes(6)); // the folder is due, the feed is not
      Files.writeString(inbox.resolve("day2.jsonl"),
          "{\"id\":\"f2\",\"text\":\"Giá điện tăng 3 phần trăm từ tháng sau, EVN cho biết\",\"source\":\"Trang tin A\"}\n");
      job.pollOnce();
      assertThat(job.counts().stored()).isEqualTo(4);
      assertThat(seenIfNoneMatch).hasSize(1);

      clock.now = clock.now.plus(Duration.ofMinutes(10)); // now the feed is due: 304
      job.pollOnce();
      assertThat(seenIfNoneMatch).containsExactly("null", "\"v1\"");
      assertThat(job.counts().stored()).isEqualTo(4);
      assertThat(job.counts().unchangedInputs()).isEqualTo(3); // day1 at poll 2; day1 and day2 at poll 3
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Báo Mẫu: not modified");
    assertThat(Files.readString(tmp.resolve("data/feeds-state.json"))).contains("\\\"v1\\\"");
  }
}
