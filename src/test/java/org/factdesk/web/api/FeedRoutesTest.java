package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import okhttp3.Response;
import org.factdesk.publish.PublishedFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedRoutesTest {
  InMemoryPublishedFactChecks store;
  FeedRoutes routes;
  Javalin app;

  @BeforeEach
  void setUp() {
    store = new InMemoryPublishedFactChecks(List.of(PublishedFixtures.vaccine(), PublishedFixtures.tricky(),
        PublishedFixtures.of(3, "duong-huyet", "suc-khoe", Instant.parse("2026-02-01T03:00:00Z"))));
    routes = new FeedRoutes(store, "https://desk.example/", "factdesk", "vi");
    app = Javalin.create();
    routes.register(app);
  }

  private static SyndFeed rome(Response r) throws Exception {
    return new SyndFeedInput().build(new InputStreamReader(r.body().byteStream(), StandardCharsets.UTF_8));
  }

  private static void assertCacheable(Response r, String contentType) {
    assertThat(r.code()).isEqualTo(200);
    assertThat(r.header("Content-Type").replace(" ", "")).isEqualToIgnoringCase(contentType.replace(" ", ""));
    assertThat(r.header("Cache-Control")).isEqualTo("public, max-age=300");
    assertThat(r.header("ETag")).matches("\"[0-9a-f]{32}\"");
  }

  @Test
  void siteFeedsInThreeFormatsNewestFirst() {
    JavalinTest.test(app, (server, client) -> {
      Response rss = client.get("/feed.rss");
      assertCacheable(rss, "application/rss+xml; charset=utf-8");
      SyndFeed feed = rome(rss);
      assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
      assertThat(feed.getEntries()).extracting(SyndEntry::getLink).containsExactly(
          "https://desk.example/fact-checks/vac-xin-gay-vo-sinh", "https://desk.example/fact-checks/five-g-towers",
          "https://desk.example/fact-checks/duong-huyet");
      assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Vắc-xin COVID-19 không gây vô sinh");

      Response atom = client.get("/feed.atom");
      assertCacheable(atom, "application/atom+xml; charset=utf-8");
      SyndFeed a = rome(atom);
      assertThat(a.getFeedType()).isEqualTo("atom_1.0");
      assertThat(a.getLinks()).anySatisfy(l -> assertThat(l.getHref()).isEqualTo("https://desk.example/feed.atom"));
      assertThat(a.getEntries().get(1).getTitle()).isEqualTo("5G <towers> & \"the virus\"");

      Response json = client.get("/feed.json");
      assertCacheable(json, "application/feed+json; charset=utf-8");
      assertThat(json.header("Access-Control-Allow-Origin")).isEqualTo("*");
      JsonNode jf = new ObjectMapper().readTree(json.body().string());
      assertThat(jf.path("feed_url").asText()).isEqualTo("https://desk.example/feed.json");
      assertThat(jf.path("items")).hasSize(3);
      assertThat(store.queries.get(store.queries.size() - 1)).isEqualTo(FactCheckQuery.latest(null, FeedRoutes.FEED_SIZE));
    });
  }

  @Test
  void categoryFeedsHoldOnlyTheirCategory() {
    JavalinTest.test(app, (server, client) -> {
      SyndFeed rss = rome(client.get("/category/suc-khoe/feed.rss"));
      assertThat(rss.getTitle()).isEqualTo("factdesk — suc-khoe");
      assertThat(rss.getLink()).isEqualTo("https://desk.example/category/suc-khoe");
      assertThat(rss.getEntries()).extracting(SyndEntry::getLink).containsExactly(
          "https://desk.example/fact-checks/vac-xin-gay-vo-sinh", "https://desk.example/fact-checks/duong-huyet");
      Response atom = client.get("/category/cong-nghe/feed.atom");
      assertCacheable(atom, "application/atom+xml; charset=utf-8");
      assertThat(rome(atom).getEntries()).hasSize(1);
      Response json = client.get("/category/khong-co/feed.json");
      assertCacheable(json, "application/feed+json; charset=utf-8");
      assertThat(new ObjectMapper().readTree(json.body().string()).path("items")).isEmpty();
      assertThat(client.get("/category/S%E1%BB%A9c/feed.rss").code()).isEqualTo(404);
    });
  }

  @Test
  void ifNoneMatchWithTheCurrentTagIs304() {
    JavalinTest.test(app, (server, client) -> {
      for (String path : List.of("/feed.rss", "/feed.atom", "/feed.json", "/category/suc-khoe/feed.rss",
          "/embed/vac-xin-gay-vo-sinh")) {
        Response first = client.get(path);
        String etag = first.header("ETag");
        assertThat(etag).as(path).isNotNull();
        Response again = client.get(path, b -> b.header("If-None-Match", etag));
        assertThat(again.code()).as(path).isEqualTo(304);
        assertThat(again.body().string()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(client.get(path, b -> b.header("If-None-Match", "\"other\", W/" + etag)).code()).isEqualTo(304);
        assertThat(client.get(path, b -> b.header("If-None-Match", "\"0000\"")).code()).as(path).isEqualTo(200);
      }
      // a new publication changes the tag
      String before = client.get("/feed.rss").header("ETag");
      store.all.add(PublishedFixtures.of(9, "moi", "suc-khoe", Instant.parse("2026-06-01T00:00:00Z")));
      Response after = client.get("/feed.rss", b -> b.header("If-None-Match", before));
      assertThat(after.code()).isEqualTo(200);
      assertThat(after.header("ETag")).isNotEqualTo(before);
    });
  }

  @Test
  void embedCardIsFrameableAndLoadsNothing() {
    JavalinTest.test(app, (server, client) -> {
      Response r = client.get("/embed/vac-xin-gay-vo-sinh");
      assertCacheable(r, "text/html; charset=utf-8");
      assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'").contains("frame-ancestors *");
      assertThat(r.header("X-Frame-Options")).isNull();
      Document doc = Jsoup.parse(r.body().string());
      assertThat(doc.select(".badge").text()).isEqualTo("Sai");
      assertThat(doc.select("script")).isEmpty();
      assertThat(client.get("/embed/khong-co").code()).isEqualTo(404);
      assertThat(client.get("/embed/Bad_Slug").code()).isEqualTo(404);
    });
  }

  @Test
  void snippetPointsAtTheEmbedRoute() {
    String snippet = routes.embedSnippet(PublishedFixtures.vaccine());
    assertThat(Jsoup.parseBodyFragment(snippet).selectFirst("iframe").attr("src"))
        .isEqualTo("https://desk.example/embed/vac-xin-gay-vo-sinh");
  }

  @Test
  void weakComparisonOfTags() {
    assertThat(FeedRoutes.matchesEtag("*", "\"a\"")).isTrue();
    assertThat(FeedRoutes.matchesEtag("W/\"a\"", "\"a\"")).isTrue();
    assertThat(FeedRoutes.matchesEtag("\"b\" , \"a\"", "\"a\"")).isTrue();
    assertThat(FeedRoutes.matchesEtag("\"b\"", "\"a\"")).isFalse();
    assertThat(FeedRoutes.matchesEtag(null, "\"a\"")).isFalse();
  }
}
