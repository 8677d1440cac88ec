package org.factdesk.web.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.factdesk.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The privacy-preserving visitor counter: daily totals per public page path in {@code page_views
 * (path, day_utc, views)}. Nothing about the visitor is stored, read or kept in memory — no IP
 * address, cookie, user agent, referrer or query string — only "path P was viewed N times on UTC day D".
 *
 * <p>A view is added to an in-memory tally ({@link #count}, lock-free) and written by {@link #flush},
 * which runs every {@code flushEvery} seconds on a background thread and on {@link #close}; so a page
 * view never waits on the database. A failed flush keeps its tallies for the next one.
 *
 * <p>Bots are <b>not counted at all</b>: a request whose {@code User-Agent} is missing or names a
 * crawler, link-preview fetcher, headless browser or HTTP library ({@link #isBot}) adds nothing.
 * The user agent is only looked at, never kept.
 *
 * <p>Bounded memory: at most {@value #MAX_PENDING_PATHS} distinct (path, day) tallies wait between
 * flushes; views of further paths are dropped (and logged once per flush). Callers count only known
 * pages (the portal counts 200 responses of its own routes), so arbitrary URLs cannot fill the table.
 */
public final class VisitorCounter implements AutoCloseable {
  /** Distinct (path, day) tallies kept between two flushes at most. */
  public static final int MAX_PENDING_PATHS = 50_000;
  private static final Logger LOG = LoggerFactory.getLogger(VisitorCounter.class);
  private static final List<String> BOT_MARKS = List.of("bot", "crawl", "spider", "slurp", "archiver",
      "facebookexternalhit", "embedly", "preview", "headless", "phantomjs", "lighthouse", "curl", "wget", "python",
      "java/", "java-http-client", "okhttp", "go-http", "libwww", "httpclient", "axios", "node-fetch", "scrapy");

  private record Key(String path, LocalDate day) {}

  private final Database db;
  private final Clock clock;
  private final ConcurrentHashMap<Key, Long> pending = new ConcurrentHashMap<>();
  private final ScheduledExecutorService flusher;
  private final LongAdder dropped = new LongAdder();

  /**
   * A counter; with {@code flushEvery > 0} a daemon thread flushes every {@code flushEvery} seconds,
   * with 0 only {@link #flush} and {@link #close} write (tests).
   */
  public VisitorCounter(Database db, Clock clock, int flushEverySeconds) {
    this.db = db;
    this.clock = clock;
    if (flushEverySeconds > 0) {
      flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "factdesk-visitor-counter");
        t.setDaemon(true);
        return t;
      });
      flusher.scheduleWithFixedDelay(this::flushQuietly, flushEverySeconds, flushEverySeconds, TimeUnit.SECONDS);
    } else {
      flusher = null;
    }
  }

  /**
   * Whether a {@code User-Agent} header is a bot's: missing or blank, or containing (case-insensitive)
   * bot, crawl, spider, slurp, archiver, facebookexternalhit, embedly, preview, headless, phantomjs,
   * lighthouse, curl, wget, python, java/, java-http-client, okhttp, go-http, libwww, httpclient, axios, node-fetch or scrapy.
   */
  public static boolean isBot(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return true;
    }
    String ua = userAgent.toLowerCase(Locale.ROOT);
    for (String mark : BOT_MARKS) {
      if (ua.contains(mark)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Counts one view of {@code path} today (UTC) unless {@code userAgent} is a bot's; returns at once.
   *
   * @param path the page path without query string, e.g. {@code /fact-checks/vac-xin}; 1-1000 characters
   * @throws IllegalArgumentException if {@code path} is blank, too long or not absolute
   */
  public void count(String path, String userAgent) {
    if (path == null || path.isBlank() || path.length() > 1000 || !path.startsWith("/")) {
      throw new IllegalArgumentException("path: must be an absolute path of 1-1000 characters");
    }
    if (isBot(userAgent)) {
      return;
    }
    Key k = new Key(path, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    if (pending.size() >= MAX_PENDING_PATHS && !pending.containsKey(k)) {
      dropped.increment();
      return;
    }
    pending.merge(k, 1L, Long::sum); // atomic per key, so flush() never loses a view it races with
  }

  /**
   * Writes the pending tallies in one transaction ({@code views = views + n}, inserting new rows).
   *
   * @return the number of views written
   */
  public synchronized long flush() {
    Map<Key, Long> batch = new HashMap<>();
    for (Key k : new ArrayList<>(pending.keySet())) {
      Long n = pending.remove(k); // views counted after this start a new tally for the next flush
      if (n != null) {
        batch.put(k, n);
      }
    }
    long lost = dropped.sumThenReset();
    if (lost > 0) {
      LOG.warn("visitor counter: {} views dropped (more than {} distinct pages between flushes)", lost,
          MAX_PENDING_PATHS);
    }
    if (batch.isEmpty()) {
      return 0;
    }
    try {
      db.jdbi().useTransaction(h -> {
        for (Map.Entry<Key, Long> e : batch.entrySet()) {
          int updated = h.createUpdate("UPDATE page_views SET views = views + :n WHERE path = :p AND day_utc = :d")
              .bind("n", e.getValue()).bind("p", e.getKey().path()).bind("d", e.getKey().day()).execute();
          if (updated == 0) {
            h.createUpdate("INSERT INTO page_views (path, day_utc, views) VALUES (:p, :d, :n)")
                .bind("n", e.getValue()).bind("p", e.getKey().path()).bind("d", e.getKey().day()).execute();
          }
        }
      });
    } catch (RuntimeException e) {
      batch.forEach((k, n) -> pending.merge(k, n, Long::sum)); // retry next time
      throw e;
    }
    return batch.values().stream().mapToLong(Long::longValue).sum();
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.warn("visitor counter: flush failed, retrying later: {}", e.getMessage());
    }
  }

  /** A path's total views over a period. @param path page path @param views total on the days asked */
  public record PathViews(String path, long views) {}

  /**
   * The most viewed paths starting with {@code prefix} from {@code since} (UTC day, inclusive) on,
   * most views first, ties by path; written (flushed) views only.
   *
   * @param limit at most this many, 1..1000
   */
  public List<PathViews> mostViewed(String prefix, LocalDate since, int limit) {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit: 1..1000, got " + limit);
    }
    String like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return db.jdbi().withHandle(h -> h.createQuery("SELECT path, SUM(views) AS total FROM page_views "
            + "WHERE day_utc >= :d AND path LIKE :p ESCAPE '\\' GROUP BY path ORDER BY total DESC, path LIMIT :n")
        .bind("d", since).bind("p", like).bind("n", limit)
        .map((rs, ctx) -> new PathViews(rs.getString(1), rs.getLong(2))).list());
  }

  /** Stops the flusher and writes what is pending. */
  @Override
  public void close() {
    if (flusher != null) {
      flusher.shutdown();
      try {
        flusher.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    flushQuietly();
  }
}
