package org.factdesk.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.factdesk.desk.Desk;
import org.factdesk.desk.NarrativeScan;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.pipeline.IndexOpener;
import org.factdesk.pipeline.IngestCounts;
import org.factdesk.pipeline.MatchingSettings;
import org.factdesk.store.PostStore;
import org.factdesk.store.Database;
import org.factdesk.web.LoginRateLimiter;
import org.factdesk.web.WebApp;
import org.factdesk.web.WebConfig;
import org.factdesk.web.api.FeedRoutes;
import org.factdesk.web.portal.Portal;
import org.factdesk.web.portal.PortalRoutes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factdesk serve}: the staff workbench and the public site on one port, until Ctrl-C / SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {
      "Run the web application: the staff workbench (/desk, behind login) and the public site.",
      "",
      "The database is the data directory's embedded H2 file (or --db-url, e.g. PostgreSQL), migrated",
      "on start. On the very first start an account 'admin' is created and its random password is",
      "printed once on standard output; it is not stored in plain text or logged anywhere else.",
      "When the database holds no posts, the bundled demo sample (1,143 fact-checks, 262 posts) is",
      "ingested and matched first, so the dashboard has content (--no-demo skips this). Narratives are",
      "rebuilt from the stored posts at start and every 15 minutes; new alerts show on the dashboard.",
      "Stops cleanly on Ctrl-C / SIGTERM."})
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataDirOption dataDir;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "TCP port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--db-url", paramLabel = "JDBC_URL",
      description = "Database (default: embedded H2 file DATA-DIR/factdesk.mv.db); e.g. "
          + "jdbc:postgresql://localhost/factdesk (credentials in FACTDESK_DB_USER / FACTDESK_DB_PASSWORD).")
  String dbUrl;

  @Option(names = "--public-url", paramLabel = "URL",
      description = "The URL readers use, e.g. https://factdesk.example.org (default: http://localhost:PORT); "
          + "https makes session cookies Secure.")
  String publicUrl;

  @Option(names = "--no-demo", description = "Do not load the bundled demo sample into an empty database.")
  boolean noDemo;

  @Override
  public Integer call() throws Exception {
    WebConfig config = new WebConfig(port, publicUrl, WebConfig.DEFAULT_MAX_UPLOAD);
    Files.createDirectories(dataDir.dataDir);
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    String url = dbUrl != null ? dbUrl : Database.embeddedUrl(dataDir.dataDir);
    MatchingSettings settings = MatchingSettings.defaults();
    try (Database db = Database.open(url)) {
      System.err.println("serve: database " + db.describe());
      if (!noDemo && new PostStore(db).count() == 0) {
        IngestCounts counts = DemoData.load(dataDir.dataDir, url, System.err);
        out.println("demo: loaded the bundled sample: " + counts.factChecks() + " fact-checks, "
            + new PostStore(db).count() + " posts stored and matched (--no-demo skips this on an empty database)");
        out.flush();
      }
      FactCheckIndex index = Files.isDirectory(IndexOpener.indexDir(dataDir.dataDir))
          ? IndexOpener.open(dataDir.dataDir, settings, false, System.err) : null;
      Desk desk = Desk.open(db, dataDir.dataDir, Clock.systemUTC(), index, settings);
      Runnable scan = () -> {
        try {
          NarrativeScan.Result r = desk.narrativeScan().run();
          System.err.println("serve: narratives " + r.narratives() + " over " + r.posts() + " posts, " + r.linked()
              + " linked to a fact-check, " + r.alerts() + " alerts (" + r.newAlerts() + " new)");
        } catch (RuntimeException e) {
          System.err.println("serve: narrative scan failed: " + e);
        }
      };
      scan.run();
      // posts ingested meanwhile (e.g. `factdesk ingest --watch` on PostgreSQL) raise alerts within 15 minutes
      ScheduledExecutorService scans = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "factdesk-narrative-scan");
        t.setDaemon(true);
        return t;
      });
      scans.scheduleWithFixedDelay(scan, 15, 15, TimeUnit.MINUTES);
      desk.users().ensureFirstAdmin().ifPresent(password -> {
        out.println("first-run admin account: admin / " + password + " — change it");
        out.flush();
      });
      Portal portal = Portal.open(desk, config, "factdesk", PortalRoutes.Renderers.standard());
      FeedRoutes feeds = new FeedRoutes(portal.index(), config.publicUrl(), "factdesk", "vi"); // same fresh set
      Javalin app = WebApp.create(config, desk, LoginRateLimiter.standard(desk.clock()),
          List.of(portal.routes(), feeds::register));
      try {
        app.start(port);
      } catch (io.javalin.util.JavalinBindException e) {
        spec.commandLine().getErr().println("factdesk: port " + port + " is in use (" + e.getMessage() + "); try --port");
        portal.close();
        desk.close();
        if (index != null) {
          index.close();
        }
        scans.shutdownNow();
        return ExitCodes.UNEXPECTED_STATE;
      }
      Thread hook = new Thread(() -> {
        System.err.println("serve: stopping");
        app.stop();
        portal.close(); // writes the last page views
        stopped.countDown();
        try {
          closed.await(30, TimeUnit.SECONDS); // let the main thread close the database first
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "factdesk-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      out.println("serve: listening on http://localhost:" + app.port() + "/ (desk: " + config.publicUrl() + "/desk)");
      out.flush();
      stopped.await();
      scans.shutdownNow();
      desk.close();
      if (index != null) {
        index.close();
      }
    } finally {
      closed.countDown();
    }
    System.err.println("serve: stopped");
    return ExitCodes.OK;
  }

  /** The data directory (for tests). */
  Path dataDir() {
    return dataDir.dataDir;
  }
}
