package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.api.ApiTestSupport.assertError;
import static org.factdesk.web.api.ApiTestSupport.json;
import static org.factdesk.web.api.ApiTestSupport.post;
import static org.factdesk.web.api.ApiTestSupport.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import okhttp3.Response;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.publish.PublishedFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiRoutesTest {
  @TempDir Path dir;
  FactCheckIndex index;
  InMemoryPublishedFactChecks store;
  ApiFakes.Publisher publisher;
  Javalin app;

  @BeforeEach
  void setUp() throws Exception {
    index = ApiTestSupport.smallIndex(dir);
    store = new InMemoryPublishedFactChecks(List.of(PublishedFixtures.vaccine(), PublishedFixtures.tricky(),
        PublishedFixtures.of(3, "duong-huyet", "suc-khoe", Instant.parse("2026-02-01T03:00:00Z"))));
    publisher = new ApiFakes.Publisher(store);
    NarrativeSource narratives = ApiFakes.narratives(List.of(
        new NarrativeSummary("n-000001", 12, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9), "Sai",
            "https://desk.example/fact-checks/vac-xin-gay-vo-sinh", 2.5, List.of("Trang A", "Trang B")),
        new NarrativeSummary("n-000002", 30, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 3), null, null, null,
            List.of()),
        new NarrativeSummary("n-000003", 5, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11), null, null, 7.0,
            List.of("Trang C"))));
    app = Javalin.create();
    new ApiRoutes(IndexTextMatcher.bm25(index), store, narratives, ApiFakes.tokens(), publisher).register(app);
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  // ---- POST /api/v1/match

  @Test
  void matchRanksTheFactCheckAPostRepeats() {
    JavalinTest.test(app, (server, client) -> {
      Response r = postJson(client, "/api/v1/match", "{\"text\": \"vac xin covid gay vo sinh o phu nu\", \"top_k\": 3, \"threshold\": 0}");
      assertThat(r.code()).isEqualTo(200);
      JsonNode body = json(r);
      assertThat(body.path("top_k").asInt()).isEqualTo(3);
      JsonNode matches = body.path("matches");
      assertThat(matches.size()).isBetween(1, 3);
      assertThat(matches.get(0).path("fact_check_id").asText()).isEqualTo("vi-vaccine");
      assertThat(matches.get(0).path("rank").asInt()).isEqualTo(1);
      assertThat(matches.get(0).path("rating").asText()).isEqualTo("Sai");
      assertThat(matches.get(0).path("url").asText()).isEqualTo("https://fc.example/vi-vaccine");
      assertThat(matches.get(0).path("band").asText()).isIn("confident", "suggested", "none");
      double c = matches.get(0).path("confidence").asDouble();
      assertThat(c).isBetween(0.0, 1.0);
    });
  }

  @Test
  void thresholdDropsMatchesBelowIt() {
    JavalinTest.test(app, (server, client) -> {
      JsonNode all = json(postJson(client, "/api/v1/match", "{\"text\": \"5G towers spread coronavirus\", \"threshold\": 0}"));
      assertThat(all.path("matches").size()).isGreaterThan(0);
      assertThat(all.path("top_k").asInt()).isEqualTo(5);
      double best = all.path("matches").get(0).path("confidence").asDouble();
      JsonNode none = json(postJson(client, "/api/v1/match",
          "{\"text\": \"5G towers spread coronavirus\", \"threshold\": " + Math.min(1.0, best + 1e-6) + "}"));
      for (JsonNode m : none.path("matches")) {
        assertThat(m.path("confidence").asDouble()).isGreaterThanOrEqualTo(best);
      }
      assertThat(none.path("matches").size()).isLessThan(all.path("matches").size());
    });
  }

  @Test
  void wrongTypesAreRejectedNamingTheField() {
    JavalinTest.test(app, (server, client) -> {
      assertThat(assertError(postJson(client, "/api/v1/match", "{\"text\": \"x y\", \"threshold\": \"0.5\"}"), 400, "threshold"))
          .contains("number");
      assertThat(assertError(postJson(client, "/api/v1/match", "{\"text\": \"x y\", \"top_k\": \"five\"}"), 400, "top_k"))
          .contains("integer");
      assertError(postJson(client, "/api/v1/match", "{\"text\": \"x y\", \"top_k\": \"5\"}"), 400, "top_k");
      assertError(postJson(client, "/api/v1/match", "{\"text\": \"x y\", \"top_k\": 5.5}"), 400, "top_k");
      assertError(postJson(client, "/api/v1/match", "{\"text\": \"x y\", \"top_k\": true}"), 400, "top_k");
      assertError(postJson(client, "/api/v1/match", "{\"text\": 42}"), 400, "text");
      assertError(postJson(client, "/api/v1/match", "{\"text\": [\"a\"]}"), 400, "text");
      assertError(postJson(client, "/api/v1/match", "{\"text\": {\"a\": 1}}"), 400, "text");
    });
  }

  @Test
  void missingBlankAndOutOfRangeFieldsAreRejected() {
    JavalinTest.test(app, (server, client) -> {
      assertError(postJson(client, "/api/v1/match", "{\"top_k\": 5}"), 400, "text");
      assertError(postJson(client, "/api/v1/match", "{\"text\": null}"), 400, "text");
      assertError(postJson(client, "/api/v1/match", "{\"text\": \"  \\n \"}"), 400, "text");
      assertError(postJson(client, "/api/v1/match", "{\"text\": \"" + "a ".repeat(6000) + "\"}"), 400, "text");
      assertError(postJson(client, "/api/v1/match", "{\"text\": \"x\", \"top_k\": 0}"), 400, "top_k");
      assertError(postJson(client, "/api/v1/match", "{\"text\": \"x\", \"top_k\": 51}"), 400, "top_k");
      assertError(postJson(client, "/api/v1/match", "{\"text\": \"x\", \"threshold\": -0.01}"), 400, "threshold");
      assertError(postJson(client, "/api/v1/match", "{\"text\": \"x\", \"threshold\": 1.5}"), 400, "threshold");
      assertThat(assertError(postJson(client, "/api/v1/match", "{\"text\": \"x\", \"topk\": 3}"), 400, "topk"))
          .contains("unknown field").contains("top_k");
    });
  }

  @Test
  void bodiesThatAreNotOneJsonObjectAreRejected() {
    JavalinTest.test(app, (server, client) -> {
      assertError(postJson(client, "/api/v1/match", "text=hello"), 400, null);
      assertError(postJson(client, "/api/v1/match", "{\"text\": \"x\""), 400, null);
      assertError(postJson(client, "/api/v1/match", "[{\"text\": \"x\"}]"), 400, null);
      assertError(postJson(client, "/api/v1/match", "\"x\""), 400, null);
      assertError(postJson(client, "/api/v1/match", "null"), 400, null);
      assertError(postJson(client, "/api/v1/match", ""), 400, null);
      assertError(postJson(client, "/api/v1/match", "{\"text\": \"x\"} {\"text\": \"y\"}"), 400, null);
      assertError(postJson(client, "/api/v1/match", "{\"text\": \"x\", \"text\": \"y\"}"), 400, null);
    });
  }

  @Test
  void wrongContentTypeIs415AndOversizedBodyIs413() {
    JavalinTest.test(app, (server, client) -> {
      assertError(post(client, "/api/v1/match", "{\"text\": \"x\"}", "text/plain"), 415, null);
      assertError(post(client, "/api/v1/match", "text=x", "application/x-www-form-urlencoded"), 415, null);
      assertError(post(client, "/api/v1/match", "{\"text\": \"x\"}", null), 415, null);
      String big = "{\"text\": \"" + "a".repeat(ApiRoutes.MAX_BODY_BYTES) + "\"}";
      assertError(postJson(client, "/api/v1/match", big), 413, null);
      // just under the limit: parsed, then refused for the text length, not the size
      String under = "{\"text\": \"" + "a".repeat(ApiRoutes.MAX_BODY_BYTES - 20) + "\"}";
      assertError(postJson(client, "/api/v1/match", under), 400, "text");
    });
  }

  @Test
  void anImplementationFailureIsA500WithoutStackTrace() {
    Javalin failing = Javalin.create();
    TextMatcher broken = (text, k, t) -> {
      throw new IllegalStateException("index closed at /secret/path");
    };
    new ApiRoutes(broken, store, ApiFakes.narratives(List.of()), ApiFakes.tokens(), publisher).register(failing);
    JavalinTest.test(failing, (server, client) -> {
      Response r = postJson(client, "/api/v1/match", "{\"text\": \"x\"}");
      String msg = assertError(r, 500, null);
      assertThat(msg).doesNotContain("/secret/path");
    });
  }

  @Test
  void javalinsOwnRequestSizeLimitAlsoAnswersJson() {
    Javalin small = Javalin.create(c -> c.http.maxRequestSize = 1_000L);
    new ApiRoutes(IndexTextMatcher.bm25(index), store, ApiFakes.narratives(List.of()), ApiFakes.tokens(), publisher)
        .register(small);
    JavalinTest.test(small, (server, client) -> {
      assertError(postJson(client, "/api/v1/match", "{\"text\": \"" + "a".repeat(2_000) + "\"}"), 413, null);
    });
  }

  @Test
  void anApiExceptionFromABeforeHandlerIsAJsonError() {
    app.before("/api/v1/narratives", ctx -> {
      throw new ApiException(429, "too many requests", null);
    });
    JavalinTest.test(app, (server, client) -> assertError(client.get("/api/v1/narratives"), 429, null));
  }

  // ---- routing

  @Test
  void unknownApiRoutesAndWrongMethodsAnswerJson() {
    JavalinTest.test(app, (server, client) -> {
      Response get = client.get("/api/v1/match");
      assertThat(get.header("Allow")).isEqualTo("POST");
      assertError(get, 405, null);
      assertError(client.get("/api/v1/nope"), 404, null);
      assertError(client.get("/api/v2/match"), 404, null);
      assertError(client.delete("/api/v1/factchecks"), 405, null);
      Response put = client.put("/api/v1/factchecks/vac-xin-gay-vo-sinh", "{}");
      assertThat(put.header("Allow")).isEqualTo("GET");
      assertError(put, 405, null);
      assertError(client.get("/api/v1/factchecks/a/b"), 404, null);
    });
  }

  // ---- GET /api/v1/factchecks

  @Test
  void searchFiltersByTextWithoutDiacriticsCategoryLanguageAndDates() {
    JavalinTest.test(app, (server, client) -> {
      Response plain = client.get("/api/v1/factchecks");
      assertThat(plain.header("Access-Control-Allow-Origin")).isEqualTo("*");
      JsonNode all = json(plain);
      assertThat(all.path("count").asInt()).isEqualTo(3);
      assertThat(all.path("items").get(0).path("slug").asText()).isEqualTo("vac-xin-gay-vo-sinh");
      JsonNode q = json(client.get("/api/v1/factchecks?q=vac%20xin"));
      assertThat(q.path("items")).extracting(n -> n.path("slug").asText()).containsExactly("vac-xin-gay-vo-sinh");
      JsonNode first = q.path("items").get(0);
      assertThat(first.path("verdict").path("label").asText()).isEqualTo("Sai");
      assertThat(first.path("claim_reviewed").asText()).isEqualTo("Vắc-xin COVID-19 gây vô sinh ở phụ nữ");
      assertThat(first.path("date_published").asText()).isEqualTo("2026-03-05T02:30:00Z");
      assertThat(first.path("sources").get(0).path("title").asText()).isEqualTo("Bộ Y tế");
      JsonNode cat = json(client.get("/api/v1/factchecks?category=suc-khoe&lang=vi&from=2026-03-01&to=2026-03-31&limit=5"));
      assertThat(cat.path("items")).extracting(n -> n.path("slug").asText()).containsExactly("vac-xin-gay-vo-sinh");
      FactCheckQuery last = store.queries.get(store.queries.size() - 1);
      assertThat(last).isEqualTo(new FactCheckQuery(null, "suc-khoe", "vi", LocalDate.of(2026, 3, 1),
          LocalDate.of(2026, 3, 31), 5));
      JsonNode en = json(client.get("/api/v1/factchecks?lang=EN"));
      assertThat(en.path("items")).extracting(n -> n.path("slug").asText()).containsExactly("five-g-towers");
    });
  }

  @Test
  void badSearchParametersAre400NamingTheParameter() {
    JavalinTest.test(app, (server, client) -> {
      assertError(client.get("/api/v1/factchecks?limit=abc"), 400, "limit");
      assertError(client.get("/api/v1/factchecks?limit=0"), 400, "limit");
      assertError(client.get("/api/v1/factchecks?limit=101"), 400, "limit");
      assertError(client.get("/api/v1/factchecks?from=2026-13-01"), 400, "from");
      assertError(client.get("/api/v1/factchecks?to=yesterday"), 400, "to");
      assertError(client.get("/api/v1/factchecks?from=2026-03-02&to=2026-03-01"), 400, "to");
      assertError(client.get("/api/v1/factchecks?lang=fr"), 400, "lang");
      assertError(client.get("/api/v1/factchecks?category=S%E1%BB%A9c%20kho%E1%BA%BB"), 400, "category");
      assertError(client.get("/api/v1/factchecks?q=" + "a".repeat(201)), 400, "q");
    });
  }

  @Test
  void oneFactCheckBySlug() {
    JavalinTest.test(app, (server, client) -> {
      JsonNode fc = json(client.get("/api/v1/factchecks/five-g-towers"));
      assertThat(fc.path("title").asText()).isEqualTo("5G <towers> & \"the virus\"");
      assertThat(fc.path("claim_origin").isNull()).isTrue();
      assertError(client.get("/api/v1/factchecks/no-such-slug"), 404, "slug");
      assertError(client.get("/api/v1/factchecks/Bad_Slug"), 400, "slug");
    });
  }

  // ---- GET /api/v1/narratives

  @Test
  void narrativesInTheOrderAskedWithoutAuthors() {
    JavalinTest.test(app, (server, client) -> {
      JsonNode bySize = json(client.get("/api/v1/narratives"));
      assertThat(bySize.path("items")).extracting(n -> n.path("id").asText())
          .containsExactly("n-000002", "n-000001", "n-000003");
      JsonNode rising = json(client.get("/api/v1/narratives?order=rising&limit=2"));
      assertThat(rising.path("count").asInt()).isEqualTo(2);
      assertThat(rising.path("items")).extracting(n -> n.path("id").asText()).containsExactly("n-000003", "n-000001");
      JsonNode n1 = rising.path("items").get(1);
      assertThat(n1.path("verdict").asText()).isEqualTo("Sai");
      assertThat(n1.path("first_seen").asText()).isEqualTo("2026-03-01");
      assertThat(n1.path("outlets")).extracting(JsonNode::asText).containsExactly("Trang A", "Trang B");
      assertThat(n1.has("authors")).isFalse();
      JsonNode recent = json(client.get("/api/v1/narratives?order=RECENT"));
      assertThat(recent.path("items").get(0).path("id").asText()).isEqualTo("n-000003");
      assertError(client.get("/api/v1/narratives?order=hot"), 400, "order");
      assertError(client.get("/api/v1/narratives?limit=-1"), 400, "limit");
    });
  }

  // ---- POST /api/v1/factchecks

  private static final String PUBLISH = """
      {"slug": "sua-chua-tri-ung-thu", "lang": "vi", "category": "suc-khoe",
       "title": "Sữa chua không chữa được ung thư", "summary": "Không có nghiên cứu nào cho thấy điều đó.",
       "body_markdown": "**Sai.**", "claim_reviewed": "Ăn sữa chua mỗi ngày chữa khỏi ung thư",
       "claim_appearances": ["https://social.example/p/1"], "claim_first_seen": "2026-04-20",
       "claim_origin": "Trang Sống khoẻ", "verdict": "false",
       "sources": [{"title": "Viện K", "url": "https://vienk.example/tb"}], "featured": true}""";

  @Test
  void publishWithoutAValidTokenIs401() {
    JavalinTest.test(app, (server, client) -> {
      Response none = postJson(client, "/api/v1/factchecks", PUBLISH);
      assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
      assertError(none, 401, null);
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH, "Authorization", "Basic dXNlcjpwYXNz"), 401, null);
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH, "Authorization", "Bearer"), 401, null);
      Response unknown = postJson(client, "/api/v1/factchecks", PUBLISH, "Authorization", "Bearer not-a-token");
      assertThat(unknown.header("WWW-Authenticate")).contains("invalid_token");
      assertError(unknown, 401, null);
      assertThat(store.all).hasSize(3);
    });
  }

  @Test
  void viewersAndReviewersMayNotPublish() {
    JavalinTest.test(app, (server, client) -> {
      assertThat(assertError(postJson(client, "/api/v1/factchecks", PUBLISH, "Authorization",
          "Bearer " + ApiFakes.VIEWER_TOKEN), 403, null)).contains("viewer");
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH, "Authorization", "Bearer " + ApiFakes.REVIEWER_TOKEN),
          403, null);
      assertThat(store.all).hasSize(3);
      assertThat(publisher.by).isEmpty();
    });
  }

  @Test
  void editorPublishesAndTheFactCheckIsSearchable() {
    JavalinTest.test(app, (server, client) -> {
      Response r = postJson(client, "/api/v1/factchecks", PUBLISH, "Authorization", "Bearer " + ApiFakes.EDITOR_TOKEN);
      assertThat(r.code()).isEqualTo(201);
      assertThat(r.header("Location")).isEqualTo("https://desk.example/fact-checks/sua-chua-tri-ung-thu");
      assertThat(r.header("Access-Control-Allow-Origin")).isNull();
      JsonNode fc = json(r);
      assertThat(fc.path("verdict").path("label").asText()).isEqualTo("Sai");
      assertThat(fc.path("claim_first_seen").asText()).isEqualTo("2026-04-20");
      assertThat(fc.path("featured").asBoolean()).isTrue();
      assertThat(publisher.by).containsExactly(new ApiPrincipal("editor-token", ApiRole.EDITOR));
      JsonNode found = json(client.get("/api/v1/factchecks?q=sua%20chua"));
      assertThat(found.path("items")).extracting(n -> n.path("slug").asText()).containsExactly("sua-chua-tri-ung-thu");
      // the same slug again: the publisher's 409 comes through as JSON
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH, "Authorization", "bearer " + ApiFakes.ADMIN_TOKEN),
          409, "slug");
    });
  }

  @Test
  void badPublishRequestsAre400NamingTheField() {
    JavalinTest.test(app, (server, client) -> {
      String[] auth = {"Authorization", "Bearer " + ApiFakes.ADMIN_TOKEN};
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH.replace("\"title\": \"Sữa chua không chữa được ung thư\",", ""), auth), 400, "title");
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH.replace("\"Sữa chua không chữa được ung thư\"", "\" \""), auth), 400, "title");
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH.replace("\"vi\"", "\"fr\""), auth), 400, "lang");
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH.replace("sua-chua-tri-ung-thu", "Sữa chua"), auth), 400, "slug");
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH.replace("https://vienk.example/tb", "javascript:alert(1)"), auth), 400, "sources[0].url");
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH.replace("https://social.example/p/1", "/p/1"), auth), 400, "claim_appearances[0]");
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH.replace("2026-04-20", "20/04/2026"), auth), 400, "claim_first_seen");
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH.replace("\"featured\": true", "\"featured\": \"yes\""), auth), 400, "featured");
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH.replace("\"sources\": [", "\"sources\": [1, "), auth), 400, "sources[0]");
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH.replace("\"featured\"", "\"author\": \"x\", \"featured\""), auth), 400, "author");
      assertError(postJson(client, "/api/v1/factchecks", PUBLISH.replace("\"false\"", "\"pants-on-fire\""), auth), 422, "verdict");
      assertError(post(client, "/api/v1/factchecks", PUBLISH, "text/plain", auth), 415, null);
      assertThat(store.all).hasSize(3);
    });
  }
}
