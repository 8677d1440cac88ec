package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.factdesk.match.Retrieval;
import org.factdesk.store.Database;
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
  @Mixin IndexUrlOption indexUrl;

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

  @Option(names = "--retriever", paramLabel = "MODE", defaultValue = "hybrid", converter = RetrievalConverter.class,
      description = "How /api/v1/match and the demo load match text: hybrid (default, as `run`: BM25 + sentence "
          + "embeddings + reranker, calibrated confidences), bm25 (fast, lexical), dense, hybrid-rrf, hybrid-wsf. A mode "
          + "needing vectors falls back to bm25 when the index was built without them.")
  Retrieval retrieval;

  @Option(names = "--model-dir", paramLabel = "DIR",
      description = "Sentence-transformers ONNX export for dense/hybrid matching (default: bundled all-MiniLM-L6-v2).")
  Path modelDir;

  @Option(names = "--no-demo", description = "Do not load the bundled demo sample into an empty database.")
  boolean noDemo;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    DeskServer server;
    try {
      server = DeskServer.start(new DeskServer.Options(dataDir.dataDir, dbUrl, port, publicUrl, !noDemo,
          indexUrl.url(), retrieval, modelDir), out,
          System.err);
    } catch (DeskServer.PortInUseException e) {
      spec.commandLine().getErr().println("factdesk: " + e.getMessage() + "; try --port");
      return ExitCodes.UNEXPECTED_STATE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      System.err.println("serve: stopping");
      stopped.countDown();
      try {
        closed.await(30, TimeUnit.SECONDS); // let the main thread close the database first
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "factdesk-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
      server.close();
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
