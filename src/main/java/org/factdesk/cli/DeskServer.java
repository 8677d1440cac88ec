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
import org.factdesk.match.MatchPipeline;
import org.factdesk.match.QueryVectors;
import org.factdesk.match.Retrieval;
import org.factdesk.match.encoder.EncoderEmbedder;
import org.factdesk.match.encoder.Encoders;
import org.factdesk.match.encoder.SentenceEncoder;
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
   * @param retrieval how {@code /api/v1/match}, the demo load and published articles are matched/encoded;
   *     a mode needing vectors falls back to BM25 (logged) when the existing index was built without them
   * @param modelDir sentence-transformers ONNX export, or null for the bundled all-MiniLM-L6-v2
   */
  public record Options(Path dataDir, String dbUrl, int port, String publicUrl, boolean demo, String indexUrl,
      Retrieval retrieval, Path modelDir) {
    /** The embedded fact-check index, BM25 matching (fast start; tests). */
    public Options(Path dataDir, String dbUrl, int port, String publicUrl, boolean demo) {
      this(dataDir, dbUrl, port, publicUrl, demo, null, Retrieval.BM25, null);
    }

    /** BM25 matching on the given index. */
    public Options(Path dataDir, String dbUrl, int port, String publicUrl, boolean demo, String indexUrl) {
      this(dataDir, dbUrl, port, publicUrl, demo, indexUrl, Retrieval.BM25, null);
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

  private final SentenceEncoder encoder;

  private DeskServer(Database db, SentenceEncoder encoder, FactCheckIndex index, Desk desk, Portal portal, Javalin app,
      ScheduledExecutorService scans, String firstRunPassword) {
    this.encoder = encoder;
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
    if (o.port() != 0) {
      // before any first-run work: a busy port must not swallow the one-time admin password or a demo load
      try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
        probe.setReuseAddress(true);
        probe.bind(new java.net.InetSocketAddress(o.port()));
      } catch (java.io.IOException e) {
        throw new PortInUseException(o.port(), e);
      }
    }
    Files.createDirectories(o.dataDir());
    String url = o.dbUrl() != null ? o.dbUrl() : Database.embeddedUrl(o.dataDir());
    MatchingSettings settings = MatchingSettings.defaults();
    Database db = Database.open(url);
    SentenceEncoder encoder = null;
    FactCheckIndex index = null;
    Desk desk = null;
    Portal portal = null;
    ScheduledExecutorService scans = null;
    try {
      log.println("serve: database " + db.describe());
      Retrieval retrieval = o.retrieval();
      if (retrieval.needsVectors() && IndexOpener.builtVectorModel(o.dataDir(), o.indexUrl()) == null
          && indexHasDocuments(o.dataDir(), o.indexUrl(), settings, log)) {
        log.println("serve: the fact-check index was built without sentence vectors (a bm25 ingest): matching with "
            + "bm25 instead of " + retrieval.label() + " (re-ingest with --retriever " + retrieval.label()
            + " --rebuild-index, or start serve with --retriever bm25, to silence this)");
        retrieval = Retrieval.BM25;
      }
      if (o.demo() && new PostStore(db).count() == 0) {
        IngestCounts counts = DemoData.load(o.dataDir(), url, o.indexUrl(), retrieval, o.modelDir(), log);
        out.println("demo: loaded the bundled sample: " + counts.factChecks() + " fact-checks, "
            + new PostStore(db).count() + " posts stored and matched (--no-demo skips this on an empty database)");
        out.flush();
      }
      // created empty when nothing was ingested yet: the desk's own publications go into it
      // an index built with vectors is opened with its encoder whatever the retriever (as ingest does)
      boolean vectors = retrieval.needsVectors() || IndexOpener.builtVectorModel(o.dataDir(), o.indexUrl()) != null;
      encoder = vectors ? Encoders.open(o.modelDir()) : null;
      index = IndexOpener.open(o.dataDir(), o.indexUrl(), settings, encoder == null ? null : new EncoderEmbedder(encoder),
          false, log);
      SentenceEncoder enc = encoder;
      MatchPipeline matching = settings.pipeline(retrieval, index,
          retrieval.needsVectors() ? new QueryVectors(enc::encodeBatch, enc::encode) : null);
      log.println("serve: /api/v1/match uses " + retrieval.label() + " over " + index.size() + " fact-checks");
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
      PublishedReader published = portal.index().reader(); // one read model, one organisation name
      d.factChecks().onPublished(portal.index()::refresh);
      d.factChecks().onPublished(new MatchIndexSync(index, published));
      ApiRoutes api = new ApiRoutes(new IndexTextMatcher(matching), portal.index(),
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
      return new DeskServer(db, encoder, index, d, portal, app, scans, password);
    } catch (Exception | Error e) {
      closeQuietly(scans, portal, desk, index, encoder, db);
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
    closeQuietly(scans, portal, desk, index, encoder, db);
  }

  /** Whether an index already holds fact-checks (opened and closed again, without vectors). */
  private static boolean indexHasDocuments(Path dataDir, String indexUrl, MatchingSettings settings, PrintStream log)
      throws java.io.IOException {
    if (indexUrl == null && !Files.isDirectory(IndexOpener.indexDir(dataDir))) {
      return false;
    }
    try (FactCheckIndex probe = IndexOpener.open(dataDir, indexUrl, settings, null, false, log)) {
      return probe.size() > 0;
    }
  }

  private static void closeQuietly(ScheduledExecutorService scans, Portal portal, Desk desk, FactCheckIndex index,
      SentenceEncoder encoder, Database db) {
    if (scans != null) {
      scans.shutdownNow();
    }
    for (AutoCloseable c : new AutoCloseable[] {portal, desk, index, encoder, db}) {
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
