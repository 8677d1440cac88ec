package org.factdesk.cli;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.factdesk.desk.Desk;
import org.factdesk.desk.MatchIndexSync;
import org.factdesk.desk.NarrativeScan;
import org.factdesk.desk.PublishedReader;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.pipeline.IndexOpener;
import org.factdesk.pipeline.IngestCounts;
import org.factdesk.pipeline.MatchingSettings;
import org.factdesk.store.Database;
import org.factdesk.store.PostStore;
import org.factdesk.web.DeskApiTokens;
import org.factdesk.web.DeskNarratives;
import org.factdesk.web.DeskPublisher;
import org.factdesk.web.LoginRateLimiter;
import org.factdesk.web.WebApp;
import org.factdesk.web.WebConfig;
import org.factdesk.web.api.ApiRoutes;
import org.factdesk.web.api.FeedRoutes;
import org.factdesk.web.api.IndexTextMatcher;
import org.factdesk.web.portal.Portal;
import org.factdesk.web.portal.PortalRoutes;

/**
 * The running web application of {@code factdesk serve}: database (migrated), demo sample on an empty
 * database, fact-check index, desk services, narrative scans (at start and every 15 minutes), portal,
 * feeds and {@code /api/v1}, on one Javalin server. Usable in-process (tests start one on a free port
 * and {@link #close} it).
 *
 * <p>Publishing wires three things: the portal index refreshes the article at once, the matching
 * index gets it ({@link MatchIndexSync}), and the API's publisher goes through the same workflow.
 */
public final class DeskServer implements AutoCloseable {
  /**
   * What to start.
   *
   * @param dataDir data directory (H2 file, indexes, evidence files)
   * @param dbUrl JDBC URL, or null for the data directory's H2 file
   * @param port TCP port
   * @param publicUrl the URL readers use, or null for {@code http://localhost:PORT}
   * @param demo load the bundled demo sample when the database holds no posts
   * @param indexUrl OpenSearch node URLs holding the fact-check index, or null for the embedded index
   */
  public record Options(Path dataDir, String dbUrl, int port, String publicUrl, boolean demo, String indexUrl) {
    /** The embedded fact-check index. */
    public Options(Path dataDir, String dbUrl, int port, String publicUrl, boolean demo) {
      this(dataDir, dbUrl, port, publicUrl, demo, null);
    }
  }

  /** The port is taken. */
  public static final class PortInUseException extends Exception {
    PortInUseException(int port, Throwable cause) {
      super("port " + port + " is in use (" + cause.getMessage() + ")", cause);
    }
  }

  private final Database db;
  private final FactCheckIndex index;
  private final Desk desk;
  private final Portal portal;
  private final Javalin app;
  private final ScheduledExecutorService scans;
  private final String firstRunPassword;

  private DeskServer(Database db, FactCheckIndex index, Desk desk, Portal portal, Javalin app,
      ScheduledExecutorService scans, String firstRunPassword) {
    this.db = db;
    this.index = index;
    this.desk = desk;
    this.portal = portal;
    this.app = app;
    this.scans = scans;
    this.firstRunPassword = firstRunPassword;
  }

  /**
   * Starts the server and returns once it listens.
   *
   * @param out user-facing lines (demo loaded, the first-run admin password — printed here only, once)
   * @param log progress and diagnostics
   * @throws PortInUseException if the port is taken (everything opened is closed again)
   * @throws IllegalArgumentException for a bad {@code publicUrl}
   * @throws org.factdesk.store.DatabaseLockedException if another process holds the H2 file
   */
  public static DeskServer start(Options o, PrintWriter out, PrintStream log) throws Exception {
    WebConfig config = new WebConfig(o.port(), o.publicUrl(), WebConfig.DEFAULT_MAX_UPLOAD);
    Files.createDirectories(o.dataDir());
    String url = o.dbUrl() != null ? o.dbUrl() : Database.embeddedUrl(o.dataDir());
    MatchingSettings settings = MatchingSettings.defaults();
    Database db = Database.open(url);
    FactCheckIndex index = null;
    Desk desk = null;
    Portal portal = null;
    ScheduledExecutorService scans = null;
    try {
      log.println("serve: database " + db.describe());
      if (o.demo() && new PostStore(db).count() == 0) {
        IngestCounts counts = DemoData.load(o.dataDir(), url, o.indexUrl(), log);
        out.println("demo: loaded the bundled sample: " + counts.factChecks() + " fact-checks, "
            + new PostStore(db).count() + " posts stored and matched (--no-demo skips this on an empty database)");
        out.flush();
      }
      // created empty when nothing was ingested yet: the desk's own publications go into it
      index = IndexOpener.open(o.dataDir(), o.indexUrl(), settings, null, false, log);
      Desk d = Desk.open(db, o.dataDir(), Clock.systemUTC(), index, settings);
      desk = d;
      Runnable scan = () -> {
        try {
          NarrativeScan.Result r = d.narrativeScan().run();
          log.println("serve: narratives " + r.narratives() + " over " + r.posts() + " posts, " + r.linked()
              + " linked to a fact-check, " + r.alerts() + " alerts (" + r.newAlerts() + " new)");
        } catch (RuntimeException e) {
          log.println("serve: narrative scan failed: " + e);
        }
      };
      scan.run();
      // posts ingested meanwhile (e.g. `factdesk ingest --watch` on PostgreSQL) raise alerts within 15 minutes
      scans = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "factdesk-narrative-scan");
        t.setDaemon(true);
        return t;
      });
      scans.scheduleWithFixedDelay(scan, 15, 15, TimeUnit.MINUTES);
      String password = d.users().ensureFirstAdmin().orElse(null);
      if (password != null) {
        out.println("first-run admin account: admin / " + password + " — change it");
        out.flush();
      }
      portal = Portal.open(d, config, "factdesk", PortalRoutes.Renderers.standard());
      FeedRoutes feeds = new FeedRoutes(portal.index(), config.publicUrl(), "factdesk", "vi"); // same fresh set
      PublishedReader published = new PublishedReader(db, config.publicUrl(), "factdesk", config.publicUrl());
      d.factChecks().onPublished(portal.index()::refresh);
      d.factChecks().onPublished(new MatchIndexSync(index, published));
      ApiRoutes api = new ApiRoutes(IndexTextMatcher.bm25(index), portal.index(),
          new DeskNarratives(d.narrativeScan()), new DeskApiTokens(d.tokens()), new DeskPublisher(d, published));
      // the API last: its JSON 404/405 catch-all covers /api/* only after every other route
      Javalin app = WebApp.create(config, d, LoginRateLimiter.standard(d.clock()),
          List.of(portal.routes(), feeds::register, api::register));
      try {
        app.start(o.port());
      } catch (io.javalin.util.JavalinBindException e) {
        throw new PortInUseException(o.port(), e);
      }
      out.println("serve: listening on http://localhost:" + app.port() + "/ (desk: " + config.publicUrl() + "/desk)");
      out.flush();
      return new DeskServer(db, index, d, portal, app, scans, password);
    } catch (Exception | Error e) {
      closeQuietly(scans, portal, desk, index, db);
      throw e;
    }
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The first-run admin password, when this start created the account. */
  public Optional<String> firstRunPassword() {
    return Optional.ofNullable(firstRunPassword);
  }

  /** The desk services (for tests and tools). */
  public Desk desk() {
    return desk;
  }

  /** Stops listening, writes pending page views, closes the desk, index and database. */
  @Override
  public void close() {
    app.stop();
    closeQuietly(scans, portal, desk, index, db);
  }

  private static void closeQuietly(ScheduledExecutorService scans, Portal portal, Desk desk, FactCheckIndex index,
      Database db) {
    if (scans != null) {
      scans.shutdownNow();
    }
    for (AutoCloseable c : new AutoCloseable[] {portal, desk, index, db}) {
      if (c != null) {
        try {
          c.close();
        } catch (Exception e) {
          System.err.println("serve: closing " + c.getClass().getSimpleName() + ": " + e);
        }
      }
    }
  }
}
