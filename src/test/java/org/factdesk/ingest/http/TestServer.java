package org.factdesk.ingest.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The JDK's HTTP server on 127.0.0.1, a free port, recording every request's path and headers. */
final class TestServer implements AutoCloseable {
  /** One request as the server saw it. */
  record Seen(String path, Headers headers) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  final List<Seen> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.start();
  }

  /** Serves {@code path} (and everything below it) with {@code handler}. */
  TestServer on(String path, Handler handler) {
    server.createContext(path, exchange -> {
      requests.add(new Seen(exchange.getRequestURI().getPath(), exchange.getRequestHeaders()));
      try (exchange) {
        handler.handle(exchange);
      }
    });
    return this;
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Sends {@code status} with {@code body} and headers given as name, value, name, value... */
  static void respond(HttpExchange ex, int status, byte[] body, String... headers) throws IOException {
    for (int i = 0; i < headers.length; i += 2) {
      ex.getResponseHeaders().add(headers[i], headers[i + 1]);
    }
    boolean noBody = status == 304 || body == null;
    ex.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
