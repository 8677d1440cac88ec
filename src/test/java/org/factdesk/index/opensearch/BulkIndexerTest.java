package org.factdesk.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bulk batching and retries against a scripted HTTP server standing in for the cluster (loopback, no OpenSearch). */
class BulkIndexerTest {
  private static final RetryPolicy FAST = new RetryPolicy(Duration.ofMillis(1), Duration.ofMillis(4), 5);
  private HttpServer server;
  private final List<String> bodies = new ArrayList<>();

  private ClusterClient serve(Deque<Function<String, String[]>> script) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      synchronized (bodies) {
        bodies.add(body);
      }
      String[] answer = script.isEmpty() ? new String[] {"500", "{}"} : script.poll().apply(body);
      byte[] out = answer[1].getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(Integer.parseInt(answer[0]), out.length);
      ex.getResponseBody().write(out);
      ex.close();
    });
    server.start();
    return new ClusterClient(List.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort())), FAST);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static String items(int... statuses) {
    StringBuilder sb = new StringBuilder("{\"errors\":true,\"items\":[");
    for (int i = 0; i < statuses.length; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"index\":{\"status\":").append(statuses[i])
          .append(statuses[i] >= 300 ? ",\"error\":{\"type\":\"t\",\"reason\":\"r\"}" : "").append("}}");
    }
    return sb.append("]}").toString();
  }

  private static com.fasterxml.jackson.databind.JsonNode src(int i) {
    return OpenSearchRequests.json().createObjectNode().put("id", "d" + i);
  }

  @Test
  void aBusyClusterIsRetriedAndOnlyRejectedItemsAreResent() throws Exception {
    Deque<Function<String, String[]>> script = new ConcurrentLinkedDeque<>();
    script.add(b -> new String[] {"503", "{\"error\":\"unavailable\"}"});     // whole request: retried
    script.add(b -> new String[] {"200", items(201, 429, 201)});             // one item rejected
    script.add(b -> new String[] {"200", items(200)});                       // the re-sent item
    try (ClusterClient client = serve(script)) {
      BulkIndexer bulk = new BulkIndexer(client, FAST, 3, 1 << 20);
      bulk.index("ix", "d0", src(0));
      bulk.index("ix", "d1", src(1));
      assertThat(bodies).as("below the batch size nothing is sent").isEmpty();
      bulk.index("ix", "d2", src(2)); // third action: the batch is sent, the caller waits
      assertThat(bodies).hasSize(3);
      assertThat(bodies.get(2)).contains("\"_id\":\"d1\"").doesNotContain("\"_id\":\"d0\"").doesNotContain("\"_id\":\"d2\"");
      assertThat(bulk.counts()).containsExactly(2, 1);
    }
  }

  @Test
  void aDocumentTheClusterRefusesFailsNamingItsId() throws Exception {
    Deque<Function<String, String[]>> script = new ConcurrentLinkedDeque<>();
    script.add(b -> new String[] {"200", items(201, 400)});
    try (ClusterClient client = serve(script)) {
      BulkIndexer bulk = new BulkIndexer(client, FAST, 10, 1 << 20);
      bulk.index("ix", "good", src(0));
      bulk.index("ix", "bad", src(1));
      assertThatThrownBy(bulk::flush).isInstanceOf(IOException.class).hasMessageContaining("'bad'")
          .hasMessageContaining("400");
    }
  }

  @Test
  void anUnreachableClusterFailsAfterTheRetries() throws Exception {
    try (ClusterClient client = new ClusterClient(List.of(URI.create("http://127.0.0.1:1")), FAST)) {
      BulkIndexer bulk = new BulkIndexer(client, FAST, 10, 1 << 20);
      bulk.delete("ix", "x");
      assertThatThrownBy(bulk::flush).isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("5 attempts");
    }
  }
}
