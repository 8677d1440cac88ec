package org.factdesk.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.factdesk.web.portal.PortalFixture.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitorCounterTest {
  @TempDir Path dir;
  PortalFixture f;

  @BeforeEach
  void setUp() {
    f = new PortalFixture(dir);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  /** Every row of page_views as "path day" → views. */
  Map<String, Long> rows() {
    Map<String, Long> out = new TreeMap<>();
    f.db.jdbi().useHandle(h -> h.createQuery("SELECT path, day_utc, views FROM page_views")
        .map((rs, ctx) -> Map.entry(rs.getString(1) + " " + rs.getDate(2).toLocalDate(), rs.getLong(3)))
        .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  @Test
  void thePageViewsTableHoldsNothingThatIdentifiesAVisitor() throws Exception {
    List<String> columns = new ArrayList<>();
    try (Connection c = f.db.jdbi().open().getConnection()) {
      for (String table : List.of("page_views", "PAGE_VIEWS")) {
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), table, null)) {
          while (rs.next()) {
            columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    assertEquals(List.of("path", "day_utc", "views"), columns, "a path, a UTC day and a total: nothing else");
  }

  @Test
  void viewsAreBatchedInMemoryAndAddedUpPerPathAndDay() {
    VisitorCounter counter = new VisitorCounter(f.db, f.clock, 0);
    counter.count("/fact-checks/a", PortalFixture.BROWSER);
    counter.count("/fact-checks/a", PortalFixture.BROWSER);
    counter.count("/", PortalFixture.BROWSER);
    assertEquals(Map.of(), rows(), "nothing written before a flush");
    assertEquals(3, counter.flush());
    assertEquals(Map.of("/ 2026-03-01", 1L, "/fact-checks/a 2026-03-01", 2L), rows());
    counter.count("/fact-checks/a", PortalFixture.BROWSER);
    f.clock.set("2026-03-02T00:00:01Z");
    counter.count("/fact-checks/a", PortalFixture.BROWSER);
    assertEquals(2, counter.flush());
    assertEquals(0, counter.flush(), "nothing pending");
    assertEquals(Map.of("/ 2026-03-01", 1L, "/fact-checks/a 2026-03-01", 3L, "/fact-checks/a 2026-03-02", 1L), rows());
    assertEquals(List.of(new VisitorCounter.PathViews("/fact-checks/a", 4)),
        counter.mostViewed("/fact-checks/", LocalDate.parse("2026-03-01"), 10));
    assertEquals(List.of(new VisitorCounter.PathViews("/fact-checks/a", 1)),
        counter.mostViewed("/fact-checks/", LocalDate.parse("2026-03-02"), 10));
    assertEquals(List.of(), counter.mostViewed("/fact-checks_", LocalDate.parse("2026-03-01"), 10),
        "LIKE wildcards in the prefix are literal");
  }

  @Test
  void botsAreNotCountedAtAll() {
    VisitorCounter counter = new VisitorCounter(f.db, f.clock, 0);
    for (String ua : List.of("Googlebot/2.1 (+http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0)", "facebookexternalhit/1.1", "curl/8.5.0", "python-requests/2.31",
        "okhttp/4.12.0", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/126.0", "", "   ")) {
      counter.count("/", ua);
    }
    counter.count("/", null);
    assertEquals(0, counter.flush());
    assertTrue(VisitorCounter.isBot(null));
    assertFalse(VisitorCounter.isBot(PortalFixture.BROWSER));
    assertFalse(VisitorCounter.isBot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
        + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"));
    assertFalse(VisitorCounter.isBot("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"));
  }

  @Test
  void concurrentViewsAreNeitherLostNorDoubledAcrossFlushes() throws Exception {
    VisitorCounter counter = new VisitorCounter(f.db, f.clock, 0);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    int perThread = 5000;
    for (int t = 0; t < 4; t++) {
      pool.submit(() -> {
        for (int i = 0; i < perThread; i++) {
          counter.count("/fact-checks/" + (i % 3), PortalFixture.BROWSER);
        }
      });
    }
    long flushed = 0;
    pool.shutdown();
    while (!pool.awaitTermination(1, TimeUnit.MILLISECONDS)) {
      flushed += counter.flush();
    }
    flushed += counter.flush();
    assertEquals(4L * perThread, flushed);
    assertEquals(4L * perThread, rows().values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void closeWritesWhatIsPendingAndBadPathsAreRefused() {
    VisitorCounter counter = new VisitorCounter(f.db, f.clock, 60);
    counter.count("/", PortalFixture.BROWSER);
    counter.close();
    assertEquals(Map.of("/ 2026-03-01", 1L), rows());
    assertThrows(IllegalArgumentException.class, () -> counter.count("", PortalFixture.BROWSER));
    assertThrows(IllegalArgumentException.class, () -> counter.count("relative", PortalFixture.BROWSER));
    assertThrows(IllegalArgumentException.class, () -> counter.count("/" + "x".repeat(1000), PortalFixture.BROWSER));
  }

  @Test
  void portalPagesAreCountedByPathOnlyAndErrorsAndBotsAreNot() {
    f.publish(new Article("vx", "Vắc xin", "Vắc xin gây hại").category("y-te-cong-dong"));
    JavalinTest.test(f.app(), (server, client) -> {
      PortalFixture.get(client, "/");
      PortalFixture.get(client, "/?lang=en");
      PortalFixture.get(client, "/fact-checks/vx");
      PortalFixture.get(client, "/fact-checks/vx/?utm_source=someone@example.com");
      PortalFixture.get(client, "/category/y-te-cong-dong?page=1");
      PortalFixture.get(client, "/search?q=t%C3%AAn+ri%C3%AAng+c%E1%BB%A7a+ai+%C4%91%C3%B3");
      PortalFixture.get(client, "/search?from=bad"); // 400
      PortalFixture.get(client, "/fact-checks/unknown"); // 404
      PortalFixture.get(client, "/category/unknown"); // 404
      PortalFixture.get(client, "/fact-checks/vx", "Googlebot/2.1");
      PortalFixture.get(client, "/login"); // not a portal page
      f.portal().counter().flush();
      assertEquals(Map.of("/ 2026-03-01", 2L, "/category/y-te-cong-dong 2026-03-01", 1L, "/fact-checks/vx 2026-03-01", 2L, // with and without trailing slash
          "/search 2026-03-01", 1L), rows());
    });
  }
}
