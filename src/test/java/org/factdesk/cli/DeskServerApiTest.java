package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v1} as {@code factdesk serve} wires it to the desk: an editor's token publishes through
 * the review workflow (audited), the article is at once on the portal's search, in the feed and in
 * the matching index ({@code /match} finds it); a viewer's token is refused (403), a taken slug is 409,
 * a verdict off the scale 422 naming the field; narratives answer JSON.
 */
class DeskServerApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void publishingThroughTheApiReachesPortalFeedAndMatching() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    // a chain message posted by two pages: one narrative of two posts for /api/v1/narratives
    Path posts = dir.resolve("posts.jsonl");
    java.nio.file.Files.writeString(posts, """
        {"id":"p1","source":"Trang A","published_at":"2026-11-20T03:00:00Z","text":"Ăn tỏi sống mỗi ngày phòng được virus corona, chia sẻ ngay","author":"@a"}
        {"id":"p2","source":"Trang B","published_at":"2026-11-21T03:00:00Z","text":"Ăn tỏi sống mỗi ngày phòng được virus corona, chia sẻ ngay 👇👇","author":"@b"}
        """, StandardCharsets.UTF_8);
    assertThat(FactdeskCommand.commandLine().execute("ingest", "--data-dir", dir.toString(), posts.toString()))
        .isZero();
    try (DeskServer server = DeskServer.start(new DeskServer.Options(dir, null, port, null, false),
        new PrintWriter(new StringWriter()), new PrintStream(OutputStream.nullOutputStream()))) {
      var users = server.desk().users();
      long editorId = users.create(Actor.system(), "editor1", "a-long-password-1", Role.EDITOR).id();
      long viewerId = users.create(Actor.system(), "viewer1", "a-long-password-2", Role.VIEWER).id();
      String editorToken = server.desk().tokens().create(Actor.system(), editorId, "ci");
      String viewerToken = server.desk().tokens().create(Actor.system(), viewerId, "ci");
      String origin = "http://localhost:" + server.port();
      String body = """
          {"slug": "toi-khong-phong-corona", "lang": "vi", "category": "suc-khoe",
           "title": "Ăn tỏi không phòng được virus corona",
           "claim_reviewed": "Ăn tỏi sống mỗi ngày phòng được virus corona",
           "summary": "WHO: không có bằng chứng tỏi bảo vệ khỏi virus corona.",
           "claim_origin": "Trang Sống Khỏe", "claim_first_seen": "2026-11-01",
           "verdict": "false", "sources": [{"title": "WHO", "url": "https://www.who.int/"}]}
          """;

      assertThat(post(origin + "/api/v1/factchecks", viewerToken, body).statusCode()).isEqualTo(403);
      HttpResponse<String> published = post(origin + "/api/v1/factchecks", editorToken, body);
      assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
      assertThat(published.headers().firstValue("Location")).hasValue(origin + "/fact-checks/toi-khong-phong-corona");
      assertThat(server.desk().audit().count("factcheck.publish")).isEqualTo(1);
      assertThat(body).contains("\"slug\": \"toi-khong-phong-corona\", ");
      // regression: claim_origin and claim_first_seen were accepted and dropped
      JsonNode created = JSON.readTree(published.body());
      assertThat(created.toString()).contains("Trang Sống Khỏe", "2026-11-01");
      String page = get(origin + "/fact-checks/toi-khong-phong-corona").body();
      assertThat(page).contains("Trang Sống Khỏe");

      HttpResponse<String> again = post(origin + "/api/v1/factchecks", editorToken, body);
      assertThat(again.statusCode()).isEqualTo(409);
      assertThat(JSON.readTree(again.body()).at("/error/field").asText()).isEqualTo("slug");
      // regression: without a slug, a retried request published a second article "...-2"
      String noSlug = body.replace("\"slug\": \"toi-khong-phong-corona\", ", "")
          .replace("Ăn tỏi không phòng được virus corona", "Tỏi không phải thuốc chữa virus corona");
      assertThat(post(origin + "/api/v1/factchecks", editorToken, noSlug).statusCode()).isEqualTo(201);
      HttpResponse<String> retried = post(origin + "/api/v1/factchecks", editorToken, noSlug);
      assertThat(retried.statusCode()).as(retried.body()).isEqualTo(409);
      HttpResponse<String> offScale = post(origin + "/api/v1/factchecks", editorToken,
          body.replace("\"false\"", "\"pants-on-fire\"").replace("toi-khong-phong-corona", "other-slug"));
      assertThat(offScale.statusCode()).isEqualTo(422);
      assertThat(JSON.readTree(offScale.body()).at("/error/field").asText()).isEqualTo("verdict");

      JsonNode search = JSON.readTree(get(origin + "/api/v1/factchecks?q=an%20toi%20corona").body());
      assertThat(search.toString()).contains("toi-khong-phong-corona");
      assertThat(get(origin + "/feed.rss").body()).contains("Ăn tỏi không phòng được virus corona");

      HttpResponse<String> match = post(origin + "/api/v1/match", null,
          "{\"text\": \"ăn tỏi sống phòng virus corona\", \"top_k\": 3, \"threshold\": 0}");
      assertThat(match.statusCode()).as(match.body()).isEqualTo(200);
      assertThat(match.body()).contains(origin + "/fact-checks/toi-khong-phong-corona");

      // regression: the API read a scan instance that never ran and always answered no narratives
      HttpResponse<String> narratives = get(origin + "/api/v1/narratives?order=size&limit=5");
      assertThat(narratives.statusCode()).isEqualTo(200);
      JsonNode items = JSON.readTree(narratives.body()).path("items");
      assertThat(items).hasSize(1);
      assertThat(items.get(0).path("size").asInt()).isEqualTo(2);
      assertThat(items.get(0).path("outlets").toString()).contains("Trang A", "Trang B");

      // the workbench dashboard lists the same narrative (rising first, then the largest)
      HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL).build();
      String login = browser.send(HttpRequest.newBuilder(URI.create(origin + "/login")).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
      java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
      assertThat(csrf.find()).isTrue();
      String form = "_csrf=" + csrf.group(1) + "&username=admin&password="
          + java.net.URLEncoder.encode(server.firstRunPassword().orElseThrow(), StandardCharsets.UTF_8) + "&next=/desk";
      HttpResponse<String> dashboard = browser.send(HttpRequest.newBuilder(URI.create(origin + "/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(dashboard.statusCode()).isEqualTo(200);
      assertThat(dashboard.body()).contains("Câu chuyện đang lan truyền", "n-000001", "Trang A (1)", "Trang B (1)");
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

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
