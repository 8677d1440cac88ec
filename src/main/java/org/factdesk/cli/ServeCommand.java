package org.factdesk.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.factdesk.desk.Desk;
import org.factdesk.store.Database;
import org.factdesk.web.WebApp;
import org.factdesk.web.WebConfig;
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

  @Override
  public Integer call() throws Exception {
    WebConfig config = new WebConfig(port, publicUrl, WebConfig.DEFAULT_MAX_UPLOAD);
    Files.createDirectories(dataDir.dataDir);
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    try (Database db = Database.open(dbUrl != null ? dbUrl : Database.embeddedUrl(dataDir.dataDir))) {
      System.err.println("serve: database " + db.describe());
      Desk desk = Desk.open(db, dataDir.dataDir, Clock.systemUTC());
      desk.users().ensureFirstAdmin().ifPresent(password -> {
        out.println("first-run admin account: admin / " + password + " — change it");
        out.flush();
      });
      Javalin app = WebApp.create(config, desk);
      Thread hook = new Thread(() -> {
        System.err.println("serve: stopping");
        app.stop();
        stopped.countDown();
        try {
          closed.await(30, TimeUnit.SECONDS); // let the main thread close the database first
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "factdesk-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      app.start(port);
      out.println("serve: listening on http://localhost:" + app.port() + "/ (desk: " + config.publicUrl() + "/desk)");
      out.flush();
      stopped.await();
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
