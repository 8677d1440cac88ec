package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.factdesk.desk.Actor;
import org.factdesk.desk.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factdesk serve --index-url}: the matching index on the OpenSearch cluster — a fact-check
 * published through the API is upserted into the cluster and {@code /api/v1/match} finds it there.
 * Uses the default alias and deletes its indices afterwards. Skipped unless
 * {@code FACTDESK_OPENSEARCH_URL} is set ({@code .ci/opensearch.sh start}).
 */
@Tag("opensearch")
class DeskServerClusterTest {
  @TempDir Path dir;

  @AfterEach
  void dropDefaultAlias() throws Exception {
    String url = System.getenv("FACTDESK_OPENSEARCH_URL");
    if (url != null && !url.isBlank()) {
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.split(",")[0].strip()
          + "/factdesk-factchecks-v*")).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }
  }

  @Test
  void apiPublicationIsMatchedFromTheCluster() throws Exception {
    String cluster = System.getenv("FACTDESK_OPENSEARCH_URL");
    assumeTrue(cluster != null && !cluster.isBlank(),
        "skipped: set FACTDESK_OPENSEARCH_URL=http://127.0.0.1:9200 to run (.ci/opensearch.sh start)");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (DeskServer server = DeskServer.start(new DeskServer.Options(dir, null, port, null, false, cluster),
        new PrintWriter(new StringWriter()), new PrintStream(OutputStream.nullOutputStream()))) {
      long editor = server.desk().users().create(Actor.system(), "editor1", "a-long-password-1", Role.EDITOR).id();
      String token = server.desk().tokens().create(Actor.system(), editor, "ci");
      String origin = "http://localhost:" + server.port();
      HttpResponse<String> published = post(origin + "/api/v1/factchecks", token, """
          {"lang": "vi", "title": "Ăn tỏi không phòng được virus corona",
           "claim_reviewed": "Ăn tỏi sống mỗi ngày phòng được virus corona", "verdict": "false"}
          """);
      assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
      HttpResponse<String> match = post(origin + "/api/v1/match", null,
          "{\"text\": \"an toi song phong virus corona\", \"top_k\": 3, \"threshold\": 0}");
      assertThat(match.statusCode()).as(match.body()).isEqualTo(200);
      assertThat(match.body()).contains(published.headers().firstValue("Location").orElseThrow());
    }
  }

  private static HttpResponse<String> post(String url, String token, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
