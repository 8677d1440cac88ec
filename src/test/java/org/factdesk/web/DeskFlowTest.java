package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;
import org.factdesk.store.PostStore;
import org.factdesk.store.StoredPost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench over HTTP: cases, evidence, the article workflow, roles, CSRF and escaping. */
class DeskFlowTest {
  @TempDir Path dir;
  DeskFixture f;

  @BeforeEach
  void setUp() {
    f = new DeskFixture(dir);
    PostStore posts = new PostStore(f.db);
    f.db.jdbi().useTransaction(h -> {
      posts.insertPosts(h, List.of(new StoredPost(1, new Post("p1", "Trang Sức Khỏe 24h", "https://example.org/p/1",
          Instant.parse("2026-02-27T10:00:00Z"), "Bộ Y tế cho biết uống nước chanh mỗi sáng chữa khỏi 90% ca ung thư giai đoạn cuối.", "vi",
          "hmac:SECRET-AUTHOR-KEY", new Engagement(10, 5, 2)), null, "vi", null, null, null, "test.jsonl", 1),
          new StoredPost(2, new Post("p2", "Trang B", null, Instant.parse("2026-02-28T10:00:00Z"),
              "Chào buổi sáng cả nhà! Chúc mọi người một ngày vui vẻ nhé 😊", "vi", null, new Engagement(0, 0, 0)),
              null, "vi", null, null, null, "test.jsonl", 2)),
          Instant.parse("2026-02-28T00:00:00Z"));
      posts.insertMatches(h, List.of(new PostStore.MatchRow(1, 1, "vclaim-sno-lemon", 7.5, 0.42, "suggested")));
    });
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void everyDeskPageNeedsLogin() {
    JavalinTest.test(f.app(), (server, client) -> {
      Browser b = new Browser(client.getOrigin());
      for (String p : List.of("/desk", "/desk/posts/1", "/desk/search?q=x", "/desk/cases", "/desk/cases/1",
          "/desk/factchecks", "/desk/factchecks/1", "/desk/users", "/desk/account", "/desk/evidence/1/1/file")) {
        Browser.Page page = b.get(p);
        assertEquals(302, page.status(), p);
        assertTrue(page.location().startsWith("/login?next="), p);
      }
    });
  }

  @Test
  void editorFlowFromPostToPublishedArticle() {
    JavalinTest.test(f.app(), (server, client) -> {
      Browser ed = new Browser(client.getOrigin());
      ed.login("editor", DeskFixture.PASSWORD);

      Browser.Page dash = ed.get("/desk");
      assertTrue(dash.body().contains("uống nước chanh mỗi sáng"), "unmatched check-worthy post on the dashboard");
      assertFalse(dash.body().contains("Chào buổi sáng cả nhà"), "a greeting is not a claim");
      Browser.Page post = ed.get("/desk/posts/1");
      assertEquals(200, post.status());
      assertTrue(post.body().contains("Trang Sức Khỏe 24h"));
      assertTrue(post.body().contains("vclaim-sno-lemon"));
      assertTrue(post.body().contains("0.42"));
      assertFalse(post.body().contains("SECRET-AUTHOR-KEY"), "the author is never shown");
      assertTrue(post.body().contains("action=\"/desk/search\""), "a search box prefilled with the claim");

      assertEquals(302, ed.submit("/desk/posts/1", "/desk/posts/1/feedback",
          Map.of("fact_check_id", "vclaim-sno-lemon", "decision", "reject")).status());
      assertEquals(Map.of("vclaim-sno-lemon", false), f.desk.feedback().latest(1));

      Browser.Page opened = ed.submit("/desk/posts/1", "/desk/cases",
          Map.of("post_seq", "1", "claim_text", "Nước chanh chữa ung thư"));
      assertEquals(302, opened.status());
      String casePath = opened.location();
      assertEquals("/desk/cases/1", casePath);

      assertEquals(302, ed.submit(casePath, casePath + "/evidence",
          Map.of("url", "https://www.who.int/news", "note", "<script>alert('x')</script> WHO nói không")).status());
      Browser.Page casePage = ed.get(casePath);
      assertFalse(casePage.body().contains("<script>alert('x')</script>"), "note rendered escaped");
      assertTrue(casePage.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; WHO nói không"),
          casePage.body());

      byte[] pdf = "%PDF-1.4 report".getBytes(StandardCharsets.UTF_8);
      assertEquals(302, ed.upload(casePath, casePath + "/evidence/file", Map.of("note", "báo cáo"), "báo cáo.pdf", pdf)
          .status());
      Browser.Page file = ed.get("/desk/evidence/1/2/file");
      assertEquals(200, file.status());
      assertEquals("%PDF-1.4 report", file.body());
      assertEquals("application/octet-stream", file.header("Content-Type"));
      assertTrue(file.header("Content-Disposition").startsWith("attachment;"));

      Map<String, String> article = new LinkedHashMap<>();
      article.put("title", "Nước chanh không chữa được ung thư");
      article.put("claim_reviewed", "Uống nước chanh mỗi sáng chữa khỏi ung thư giai đoạn cuối");
      article.put("summary", "Không có bằng chứng.");
      article.put("body", "**Sai.** Theo WHO …");
      article.put("appearances", "https://example.org/p/1");
      article.put("sources", "WHO | https://www.who.int/news");
      article.put("verdict", "false");
      article.put("category", "suc-khoe");
      article.put("article_lang", "vi");
      Map<String, String> badSources = new LinkedHashMap<>(article);
      badSources.put("sources", "WHO | javascript:alert(1)");
      Browser.Page retry = ed.submit(casePath, casePath + "/factchecks", badSources);
      assertEquals(400, retry.status());
      assertTrue(retry.body().contains("<code>sources</code>"), "the error names the field");
      assertTrue(retry.body().contains("**Sai.** Theo WHO …"), "what was typed is shown again");
      assertTrue(retry.body().contains("<option value=\"false\" selected>"), "the chosen verdict is kept");
      assertEquals(0, f.desk.factChecks().list(null, 10).size());
      Browser.Page created = ed.submit(casePath, casePath + "/factchecks", article);
      assertEquals(302, created.status());
      String fcPath = created.location();
      assertEquals(302, ed.submit(fcPath, fcPath + "/submit", Map.of()).status());

      Browser.Page viewerTry = viewer(client.getOrigin()).submit("/desk", fcPath + "/publish", Map.of());
      assertEquals(403, viewerTry.status(), "a viewer cannot publish");

      Browser rev = new Browser(client.getOrigin());
      rev.login("reviewer", DeskFixture.PASSWORD);
      Browser.Page inReview = rev.get(fcPath);
      assertTrue(inReview.body().contains("/publish"));
      assertEquals(302, rev.submit(fcPath, fcPath + "/publish", Map.of()).status());

      assertEquals("published", f.desk.factChecks().published(5).get(0).meta().status());
      assertEquals("published", f.desk.cases().find(1).orElseThrow().status());
      for (String action : List.of("match.reject", "case.open", "evidence.add", "factcheck.create", "factcheck.submit",
          "factcheck.publish")) {
        assertTrue(f.desk.audit().count(action) >= 1, "audit row for " + action);
      }
      assertEquals(2, f.desk.audit().count("evidence.add"));
      assertEquals(403, ed.get("/desk/audit").status(), "only admins read the audit log");
      Browser admin = new Browser(client.getOrigin());
      admin.login("admin", DeskFixture.PASSWORD);
      Browser.Page audit = admin.get("/desk/audit");
      assertEquals(200, audit.status());
      assertTrue(audit.body().contains("factcheck.publish"));
    });
  }

  @Test
  void viewerCannotWriteAndMissingCsrfIs403() {
    JavalinTest.test(f.app(), (server, client) -> {
      Browser v = viewer(client.getOrigin());
      assertEquals(403, v.submit("/desk", "/desk/cases", Map.of("claim_text", "x")).status());
      assertEquals(403, v.submit("/desk", "/desk/posts/1/feedback",
          Map.of("fact_check_id", "vclaim-sno-lemon", "decision", "accept")).status());
      assertEquals(403, v.get("/desk/users").status());

      Browser ed = new Browser(client.getOrigin());
      ed.login("editor", DeskFixture.PASSWORD);
      assertEquals(403, ed.postRaw("/desk/cases", Map.of("claim_text", "x")).status(), "no CSRF token");
      assertEquals(0, f.desk.cases().list(null, 10).size());
      assertEquals(0, f.desk.audit().count("case.open"));
    });
  }

  @Test
  void badInputIs400NamingTheField() {
    JavalinTest.test(f.app(), (server, client) -> {
      Browser ed = new Browser(client.getOrigin());
      ed.login("editor", DeskFixture.PASSWORD);
      Browser.Page p = ed.submit("/desk", "/desk/cases", Map.of("claim_text", "  "));
      assertEquals(400, p.status());
      assertTrue(p.body().contains("claim_text"));
      assertEquals(400, ed.submit("/desk", "/desk/cases", Map.of("claim_text", "x", "post_seq", "abc")).status());
      assertEquals(404, ed.get("/desk/cases/999").status());
      assertEquals(404, ed.get("/desk/posts/abc").status());
      assertEquals(400, ed.get("/desk/search?q=x&from=yesterday").status());
    });
  }

  @Test
  void oversizedUploadIsRefused() {
    JavalinTest.test(WebApp.create(new WebConfig(0, null, 1024), f.desk,
        new LoginRateLimiter(5, java.time.Duration.ofMinutes(15), f.clock), List.of()), (server, client) -> {
      Browser ed = new Browser(client.getOrigin());
      ed.login("editor", DeskFixture.PASSWORD);
      ed.submit("/desk", "/desk/cases", Map.of("claim_text", "x"));
      Browser.Page p = ed.upload("/desk/cases/1", "/desk/cases/1/evidence/file", Map.of(), "big.bin", new byte[4096]);
      assertEquals(400, p.status());
      assertTrue(f.desk.evidence().list(1).isEmpty());
    });
  }

  @Test
  void searchFindsPostsWithoutDiacriticsAndFilters() throws Exception {
    var analysis = new org.factdesk.text.analysis.MultilingualMatchAnalysis();
    String text = "Uống nước chanh mỗi sáng chữa khỏi ung thư giai đoạn cuối!";
    var t = analysis.forDocument(text);
    try (var index = org.factdesk.index.lucene.PostIndex.open(dir.resolve("posts-index"))) {
      index.add(List.of(new org.factdesk.index.lucene.PostIndex.IndexedPost(1, t.exact(), t.folded(), "vi",
          "Trang Sức Khỏe 24h", Instant.parse("2026-02-27T10:00:00Z").toEpochMilli())));
      index.commit(1);
    }
    JavalinTest.test(f.app(), (server, client) -> {
      Browser v = new Browser(client.getOrigin());
      v.login("viewer", DeskFixture.PASSWORD);
      assertTrue(v.get("/desk/search?q=nuoc+chanh+chua+ung+thu").body().contains("href=\"/desk/posts/1\""));
      assertTrue(v.get("/desk/search?q=n%C6%B0%E1%BB%9Bc+chanh&language=vi&from=2026-02-27&to=2026-02-27").body()
          .contains("href=\"/desk/posts/1\""));
      assertFalse(v.get("/desk/search?q=nuoc+chanh&language=en").body().contains("href=\"/desk/posts/1\""));
      assertFalse(v.get("/desk/search?q=nuoc+chanh&from=2026-02-28").body().contains("href=\"/desk/posts/1\""));
      assertFalse(v.get("/desk/search?q=bitcoin").body().contains("href=\"/desk/posts/1\""));
    });
  }

  private static Browser viewer(String origin) {
    Browser v = new Browser(origin);
    v.login("viewer", DeskFixture.PASSWORD);
    return v;
  }

  @Test
  void adminManagesUsersAndTokens() {
    JavalinTest.test(f.app(), (server, client) -> {
      Browser admin = new Browser(client.getOrigin());
      admin.login("admin", DeskFixture.PASSWORD);
      assertEquals(302, admin.submit("/desk/users", "/desk/users",
          Map.of("username", "newbie", "password", "a-long-password", "role", "reviewer")).status());
      long newbie = f.desk.users().list().stream().filter(u -> u.username().equals("newbie")).findFirst().orElseThrow().id();
      Browser.Page created = admin.submit("/desk/users", "/desk/tokens", Map.of("user_id", Long.toString(newbie),
          "label", "partner <b>feed</b>"));
      assertEquals(200, created.status());
      assertEquals("no-store", created.header("Cache-Control"));
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("<code>(fd_[A-Za-z0-9_-]+)</code>").matcher(created.body());
      assertTrue(m.find(), "token shown once");
      assertEquals("newbie", f.desk.tokens().authenticate(m.group(1)).orElseThrow().username());
      assertFalse(admin.get("/desk/users").body().contains(m.group(1)), "never shown again");
      assertTrue(admin.get("/desk/users").body().contains("partner &lt;b&gt;feed&lt;/b&gt;"));

      Browser ed = new Browser(client.getOrigin());
      ed.login("editor", DeskFixture.PASSWORD);
      assertEquals(403, ed.submit("/desk", "/desk/tokens", Map.of("label", "x")).status());
      assertEquals(403, ed.submit("/desk", "/desk/users",
          Map.of("username", "evil", "password", "a-long-password", "role", "admin")).status());
    });
  }

  @Test
  void usersChangeTheirOwnPassword() {
    JavalinTest.test(f.app(), (server, client) -> {
      Browser v = viewer(client.getOrigin());
      assertEquals(302, v.submit("/desk/account", "/desk/account/password",
          Map.of("current_password", DeskFixture.PASSWORD, "password", "another-long-one")).status());
      assertTrue(f.desk.users().authenticate("viewer", "another-long-one").isPresent());
      assertEquals(400, v.submit("/desk/account", "/desk/account/password",
          Map.of("current_password", "wrong", "password", "another-long-two")).status());
    });
  }
}
