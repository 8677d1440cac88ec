package org.factdesk.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.web.portal.PortalFixture.Article;
import org.factdesk.web.portal.PortalFixture.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalRoutesTest {
  @TempDir Path dir;
  PortalFixture f;

  @BeforeEach
  void setUp() {
    f = new PortalFixture(dir);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  /** Slugs of the fact-check links in {@code html}, in page order. */
  static List<String> slugs(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<h3><a href=\"/fact-checks/([a-z0-9-]+)\"").matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The part of {@code html} from the element with {@code id} to the next section/aside end. */
  static String section(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertTrue(start >= 0, "no #" + id);
    int end = html.indexOf("</section>", start);
    int aside = html.indexOf("</aside>", start);
    if (end < 0 || aside >= 0 && aside < end) {
      end = aside;
    }
    return html.substring(start, end);
  }

  @Test
  void homeShowsFeaturedLatestHotAndCategories() {
    f.publish(new Article("vac-xin-gay-vo-sinh", "Vắc xin gây vô sinh?", "Vắc xin COVID-19 gây vô sinh")
        .category("y-te-cong-dong").featured().published("2026-02-01T09:00:00Z"));
    f.publish(new Article("gia-xang-tang-gap-doi", "Giá xăng tăng gấp đôi?", "Giá xăng sẽ tăng gấp đôi")
        .category("gia-ca-thi-truong").verdict("misleading").published("2026-02-10T09:00:00Z"));
    f.publish(new Article("nuoc-chanh-chua-ung-thu", "Nước chanh chữa ung thư?", "Nước chanh nóng chữa ung thư")
        .category("y-te-cong-dong").published("2026-02-20T09:00:00Z"));
    JavalinTest.test(f.app(), (server, client) -> {
      // views in the last 7 days: gia-xang 3, vac-xin 1, nuoc-chanh 1 (tie with vac-xin: newer first)
      for (int i = 0; i < 3; i++) {
        PortalFixture.get(client, "/fact-checks/gia-xang-tang-gap-doi");
      }
      PortalFixture.get(client, "/fact-checks/vac-xin-gay-vo-sinh");
      PortalFixture.get(client, "/fact-checks/nuoc-chanh-chua-ung-thu");
      f.portal().counter().flush();
      Page home = PortalFixture.get(client, "/");
      assertEquals(200, home.status());
      assertEquals(List.of("vac-xin-gay-vo-sinh"), slugs(section(home.body(), "h-featured")));
      assertEquals(List.of("nuoc-chanh-chua-ung-thu", "gia-xang-tang-gap-doi", "vac-xin-gay-vo-sinh"),
          slugs(section(home.body(), "h-latest")));
      assertEquals(List.of("gia-xang-tang-gap-doi", "nuoc-chanh-chua-ung-thu", "vac-xin-gay-vo-sinh"),
          slugs(section(home.body(), "h-hot")));
      assertTrue(home.body().contains("Tiêu điểm") && home.body().contains("Mới nhất") && home.body().contains("Tin nóng"));
      assertTrue(home.body().contains("<a href=\"/category/y-te-cong-dong\">Y tế cộng đồng</a> <span class=\"count\">2</span>"));
      assertTrue(home.body().contains("action=\"/search\""));
      assertTrue(home.body().contains("<span class=\"badge misleading\">Gây hiểu lầm</span>"));
    });
  }

  @Test
  void hotCountsOnlyTheLastSevenDays() {
    f.publish(new Article("cu", "Bài cũ", "Tuyên bố cũ").published("2026-01-01T09:00:00Z"));
    f.publish(new Article("moi", "Bài mới", "Tuyên bố mới").published("2026-01-02T09:00:00Z"));
    JavalinTest.test(f.app(), (server, client) -> {
      f.clock.set("2026-03-01T10:00:00Z");
      for (int i = 0; i < 5; i++) {
        PortalFixture.get(client, "/fact-checks/cu");
      }
      f.portal().counter().flush();
      f.clock.set("2026-03-08T10:00:00Z"); // 1 March is 8 days ago counting today: out of the window
      PortalFixture.get(client, "/fact-checks/moi");
      f.portal().counter().flush();
      assertEquals(List.of("moi"), slugs(section(PortalFixture.get(client, "/").body(), "h-hot")));
      f.clock.set("2026-03-07T10:00:00Z"); // 1 March is the 7th day: both in, cu has more views
      assertEquals(List.of("cu", "moi"), slugs(section(PortalFixture.get(client, "/").body(), "h-hot")));
    });
  }

  @Test
  void emptySiteSaysSoAndHasNoHotList() {
    JavalinTest.test(f.app(), (server, client) -> {
      Page home = PortalFixture.get(client, "/");
      assertEquals(200, home.status());
      assertTrue(home.body().contains("Chưa có bài kiểm chứng nào được đăng."));
      assertTrue(home.body().contains("Chưa có bài nào được xem nhiều"));
    });
  }

  @Test
  void categoryPagesPageThroughNewestFirst() {
    for (int i = 1; i <= 12; i++) {
      f.publish(new Article("bai-" + i, "Bài số " + i, "Tuyên bố " + i).category("y-te-cong-dong")
          .published(String.format("2026-02-%02dT09:00:00Z", i)));
    }
    f.publish(new Article("khac", "Bài khác", "Tuyên bố khác").category("gia-ca-thi-truong"));
    JavalinTest.test(f.app(), (server, client) -> {
      Page p1 = PortalFixture.get(client, "/category/y-te-cong-dong");
      assertEquals(200, p1.status());
      assertTrue(p1.body().contains("<h1>Y tế cộng đồng</h1>"));
      assertTrue(p1.body().contains("12 bài kiểm chứng"));
      assertEquals(List.of("bai-12", "bai-11", "bai-10", "bai-9", "bai-8", "bai-7", "bai-6", "bai-5", "bai-4", "bai-3"),
          slugs(p1.body()));
      assertTrue(p1.body().contains("rel=\"next\" href=\"/category/y-te-cong-dong?page&#61;2\""));
      assertFalse(p1.body().contains("rel=\"prev\""));
      Page p2 = PortalFixture.get(client, "/category/y-te-cong-dong?page=2");
      assertEquals(List.of("bai-2", "bai-1"), slugs(p2.body()));
      assertTrue(p2.body().contains("rel=\"prev\" href=\"/category/y-te-cong-dong\""));
      assertFalse(p2.body().contains("rel=\"next\""));
      assertEquals(List.of("khac"), slugs(PortalFixture.get(client, "/category/gia-ca-thi-truong").body()));
      assertTrue(PortalFixture.get(client, "/category/gia-ca-thi-truong?lang=en").body().contains("<h1>Market prices</h1>"));
      assertEquals(404, PortalFixture.get(client, "/category/khong-co").status());
      assertEquals(400, PortalFixture.get(client, "/category/y-te-cong-dong?page=abc").status());
      assertEquals(400, PortalFixture.get(client, "/category/y-te-cong-dong?page=0").status());
    });
  }

  @Test
  void searchWithoutDiacriticsFindsTheVietnameseFactCheck() {
    f.publish(new Article("vac-xin-gay-vo-sinh", "Vắc xin gây vô sinh?", "Vắc xin COVID-19 gây vô sinh ở phụ nữ")
        .category("y-te-cong-dong"));
    f.publish(new Article("gia-xang", "Giá xăng tăng gấp đôi?", "Giá xăng sẽ tăng gấp đôi").category("gia-ca-thi-truong"));
    JavalinTest.test(f.app(), (server, client) -> {
      Page p = PortalFixture.get(client, "/search?q=vac+xin+vo+sinh");
      assertEquals(200, p.status());
      assertEquals(List.of("vac-xin-gay-vo-sinh"), slugs(p.body()));
      assertTrue(p.body().contains("value=\"vac xin vo sinh\""), "the query stays in the form");
      assertEquals(List.of("gia-xang"), slugs(PortalFixture.get(client, "/search?q=GIA%20XANG").body()));
      assertEquals(List.of(), slugs(PortalFixture.get(client, "/search?q=bitcoin").body()));
      assertTrue(PortalFixture.get(client, "/search?q=bitcoin").body().contains("Không tìm thấy bài kiểm chứng nào."));
    });
  }

  @Test
  void searchFiltersByCategoryDateRangeAndArticleLanguage() {
    f.publish(new Article("vx-thang-1", "Vắc xin tháng một", "Vắc xin A").category("y-te-cong-dong")
        .published("2026-01-15T09:00:00Z"));
    f.publish(new Article("vx-thang-2", "Vắc xin tháng hai", "Vắc xin B").category("y-te-cong-dong")
        .published("2026-02-15T23:30:00Z"));
    f.publish(new Article("vx-gia-ca-thi-truong", "Giá vắc xin", "Vắc xin đắt").category("gia-ca-thi-truong")
        .published("2026-02-16T09:00:00Z"));
    f.publish(new Article("vaccine-en", "Vaccine claim", "The vaccine causes harm").category("y-te-cong-dong").lang("en")
        .published("2026-02-17T09:00:00Z"));
    JavalinTest.test(f.app(), (server, client) -> {
      assertEquals(List.of("vx-gia-ca-thi-truong"), slugs(PortalFixture.get(client, "/search?q=vac+xin&category=gia-ca-thi-truong").body()));
      assertEquals(List.of("vx-thang-2", "vx-thang-1"),
          slugs(PortalFixture.get(client, "/search?category=y-te-cong-dong&article_lang=vi").body()));
      // to is inclusive (the whole day in Asia/Ho_Chi_Minh, the day the article page, the card and the API
      // show: 2026-02-15T23:30Z is 16/02 in Hanoi — regression: the portal used UTC days, the card local ones)
      assertEquals(List.of(),
          slugs(PortalFixture.get(client, "/search?q=vac+xin&category=y-te-cong-dong&from=2026-02-01&to=2026-02-15")
              .body()));
      assertEquals(List.of("vx-thang-2"),
          slugs(PortalFixture.get(client, "/search?q=vac+xin&category=y-te-cong-dong&from=2026-02-16&to=2026-02-16")
              .body()));
      assertEquals(List.of("vx-thang-1"), slugs(PortalFixture.get(client, "/search?q=vac+xin&to=2026-01-31").body()));
      assertEquals(List.of("vaccine-en"), slugs(PortalFixture.get(client, "/search?article_lang=en").body()));
      Page filtered = PortalFixture.get(client, "/search?q=vac+xin&category=gia-ca-thi-truong&article_lang=vi");
      assertTrue(filtered.body().contains("<option value=\"gia-ca-thi-truong\" selected>"));
      assertTrue(filtered.body().contains("<option value=\"vi\" selected>"));
      assertTrue(filtered.body().contains("<html lang=\"vi\">"), "article_lang does not switch the UI language");
    });
  }

  @Test
  void searchPagesKeepTheQuery() {
    for (int i = 1; i <= 11; i++) {
      f.publish(new Article("vx-" + i, "Vắc xin " + i, "Vắc xin số " + i).published(String.format("2026-02-%02dT09:00:00Z", i)));
    }
    JavalinTest.test(f.app(), (server, client) -> {
      Page p1 = PortalFixture.get(client, "/search?q=v%E1%BA%AFc+xin&from=2026-01-01");
      assertEquals(10, slugs(p1.body()).size());
      assertTrue(p1.body().contains("11 kết quả"));
      assertTrue(p1.body().contains("href=\"/search?q&#61;v%E1%BA%AFc+xin&amp;from&#61;2026-01-01&amp;page&#61;2\""), p1.body());
      assertEquals(1, slugs(PortalFixture.get(client, "/search?q=v%E1%BA%AFc+xin&from=2026-01-01&page=2").body()).size());
    });
  }

  @Test
  void badSearchFieldsGetAFriendly400PageNamingTheField() {
    f.publish(new Article("vx", "Vắc xin", "Vắc xin"));
    JavalinTest.test(f.app(), (server, client) -> {
      Page bad = PortalFixture.get(client, "/search?q=vac+xin&from=2026-13-45");
      assertEquals(400, bad.status());
      assertTrue(bad.body().contains("Ô “Từ ngày” không phải là ngày hợp lệ."), bad.body());
      assertTrue(bad.body().contains("value=\"2026-13-45\""), "the bad value stays in the form to be fixed");
      assertTrue(bad.body().contains("role=\"alert\""));
      Page en = PortalFixture.get(client, "/search?to=yesterday&lang=en");
      assertEquals(400, en.status());
      assertTrue(en.body().contains("“To” is not a valid date."));
      assertEquals(400, PortalFixture.get(client, "/search?from=2026-03-01&to=2026-02-01").status());
      assertTrue(PortalFixture.get(client, "/search?from=2026-03-01&to=2026-02-01").body()
          .contains("“Từ ngày” phải trước hoặc trùng “Đến ngày”."));
      assertEquals(400, PortalFixture.get(client, "/search?from=%2B999999999-12-31").status());
      assertEquals(400, PortalFixture.get(client, "/search?q=x&page=-1").status());
      assertEquals(400, PortalFixture.get(client, "/search?q=x&page=99999999999").status());
      assertEquals(400, PortalFixture.get(client, "/search?category=nope").status());
      assertEquals(400, PortalFixture.get(client, "/search?article_lang=fr").status());
      assertEquals(400, PortalFixture.get(client, "/search?q=" + "a".repeat(501)).status());
      assertEquals(200, PortalFixture.get(client, "/search?q=%3C%3E%22%27%26%25").status());
      assertEquals(200, PortalFixture.get(client, "/search").status());
    });
  }

  @Test
  void factCheckPageShowsTheArticleVerdictClaimSourcesAndDates() {
    long id = f.publish(new Article("vac-xin-gay-vo-sinh", "Vắc xin gây vô sinh?", "Vắc xin COVID-19 gây vô sinh")
        .category("y-te-cong-dong").summary("Không có bằng chứng.")
        .body("## Bằng chứng\n\nTheo **Bộ Y tế**, [báo cáo](https://moh.gov.vn/bao-cao) cho thấy...\n\n"
            + "<script>alert('x')</script>\n\n[bấm vào](javascript:alert(1))")
        .appearances("[\"https://facebook.com/page/posts/1\", \"javascript:alert(2)\"]")
        .sources("[{\"title\": \"Bộ Y tế\", \"url\": \"https://moh.gov.vn/bao-cao\"}, {\"title\": \"Phỏng vấn bác sĩ\"}]")
        .published("2026-02-01T09:00:00Z"));
    f.revise(id, 2, new Article("vac-xin-gay-vo-sinh", "Vắc xin gây vô sinh?", "Vắc xin COVID-19 gây vô sinh")
        .category("y-te-cong-dong").body("Bản cập nhật."), java.time.Instant.parse("2026-02-05T09:00:00Z"));
    f.revise(id, 3, new Article("vac-xin-gay-vo-sinh", "BẢN NHÁP CHƯA ĐĂNG", "nháp"), null);
    JavalinTest.test(f.app(), (server, client) -> {
      Page p = PortalFixture.get(client, "/fact-checks/vac-xin-gay-vo-sinh");
      assertEquals(200, p.status());
      String b = p.body();
      assertTrue(b.contains("<h1>Vắc xin gây vô sinh?</h1>"));
      assertTrue(b.contains("Bản cập nhật."), "the published revision 2, not revision 1");
      assertFalse(b.contains("BẢN NHÁP CHƯA ĐĂNG"), "never the working draft");
      assertTrue(b.contains("<span class=\"badge big-badge false\">Sai</span>"));
      assertTrue(b.contains("<blockquote class=\"claim-reviewed\">Vắc xin COVID-19 gây vô sinh</blockquote>"));
      assertTrue(b.contains("<time datetime=\"2026-02-01\">01/02/2026</time>"));
      assertTrue(b.contains("cập nhật <time datetime=\"2026-02-05\">05/02/2026</time>"));
      assertTrue(b.contains("<a href=\"/category/y-te-cong-dong\">Y tế cộng đồng</a>"));
      assertTrue(b.contains("<link rel=\"canonical\" href=\"https://kiemchung.example.org/fact-checks/vac-xin-gay-vo-sinh\">"));
      assertTrue(b.contains("&lt;iframe src&#61;&quot;https://kiemchung.example.org/embed/vac-xin-gay-vo-sinh&quot;"));
      assertTrue(b.contains("href=\"/embed/vac-xin-gay-vo-sinh\""));
      assertEquals(1, count(b, "<script type=\"application/ld+json\">"), "exactly one ClaimReview");
      String ld = b.substring(b.indexOf("<script type=\"application/ld+json\">"), b.indexOf("</head>"));
      assertTrue(ld.contains("\"@type\":\"ClaimReview\""), ld);
      assertTrue(ld.contains("\"url\":\"https://kiemchung.example.org/fact-checks/vac-xin-gay-vo-sinh\""), ld);
      assertTrue(ld.contains("\"alternateName\":\"Sai\""), ld);
    });
  }

  @Test
  void markdownIsRenderedWithoutRawHtmlOrUnsafeLinks() {
    f.publish(new Article("md", "Markdown", "Tuyên bố")
        .body("## Bằng chứng\n\nTheo **Bộ Y tế**, [báo cáo](https://moh.gov.vn/bao-cao).\n\n"
            + "<script>alert('x')</script>\n\n[bấm vào](javascript:alert(1))")
        .appearances("[\"https://facebook.com/page/posts/1\", \"javascript:alert(2)\"]")
        .sources("[{\"title\": \"Bộ Y tế\", \"url\": \"https://moh.gov.vn/bao-cao\"}, {\"title\": \"Phỏng vấn bác sĩ\"}]"));
    JavalinTest.test(f.app(), (server, client) -> {
      String b = PortalFixture.get(client, "/fact-checks/md").body();
      assertTrue(b.contains("<h2>Bằng chứng</h2>"));
      assertTrue(b.contains("<strong>Bộ Y tế</strong>"));
      assertTrue(b.contains("<a rel=\"nofollow noopener\" href=\"https://moh.gov.vn/bao-cao\">báo cáo</a>"));
      assertTrue(b.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
      assertFalse(b.contains("<script>alert"));
      assertFalse(b.contains("javascript:alert(1)"), "unsafe link URL dropped");
      assertTrue(b.contains("<a rel=\"nofollow noopener\" href=\"\">bấm vào</a>"));
      assertTrue(b.contains("<a href=\"https://facebook.com/page/posts/1\" rel=\"nofollow noopener\">"));
      assertTrue(b.contains("<li>javascript:alert(2)</li>"), "an unsafe appearance is text, not a link");
      assertTrue(b.contains("<a href=\"https://moh.gov.vn/bao-cao\" rel=\"nofollow noopener\">Bộ Y tế</a>"));
      assertTrue(b.contains("<li>Phỏng vấn bác sĩ</li>"));
    });
  }

  @Test
  void theJsonLdHookPutsExactlyOneScriptInTheHead() {
    f.publish(new Article("vx", "Vắc xin", "Vắc xin gây hại"));
    f.portal(new PortalRoutes.Renderers(org.factdesk.publish.ArticleHtml::render,
        fc -> "<script type=\"application/ld+json\">{\"@type\":\"ClaimReview\",\"url\":\"" + fc.url() + "\"}</script>",
        org.factdesk.publish.EmbedCard::iframeSnippet));
    JavalinTest.test(f.app(), (server, client) -> {
      String b = PortalFixture.get(client, "/fact-checks/vx").body();
      assertEquals(1, count(b, "<script type=\"application/ld+json\">"));
      int script = b.indexOf("application/ld+json");
      assertTrue(script < b.indexOf("</head>"), "in the head");
      assertTrue(b.contains("\"url\":\"https://kiemchung.example.org/fact-checks/vx\""), "unescaped");
      assertEquals(0, count(PortalFixture.get(client, "/").body(), "application/ld+json"), "only article pages");
    });
  }

  @Test
  void unknownAndUnpublishedSlugsAre404() {
    long id = f.publish(new Article("vx", "Vắc xin", "Vắc xin gây hại"));
    f.db.jdbi().useHandle(h -> {
      long draft = h.createUpdate("INSERT INTO fact_checks (slug, lang, status, created_at, updated_at) "
          + "VALUES ('chi-la-nhap', 'vi', 'draft', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      assertTrue(draft > id);
    });
    f.revise(id + 1, 1, new Article("chi-la-nhap", "Chỉ là nháp", "nháp"), null);
    JavalinTest.test(f.app(), (server, client) -> {
      Page p = PortalFixture.get(client, "/fact-checks/khong-ton-tai");
      assertEquals(404, p.status());
      assertTrue(p.body().contains("<h1>404</h1>"));
      assertTrue(p.body().contains("Không tìm thấy bài kiểm chứng này."), "a reader's message, in the UI language");
      assertTrue(PortalFixture.get(client, "/fact-checks/khong-ton-tai?lang=en").body()
          .contains("This fact-check was not found."));
      assertEquals(404, PortalFixture.get(client, "/fact-checks/chi-la-nhap").status());
      assertEquals(404, PortalFixture.get(client, "/fact-checks/%3Cscript%3E").status());
      assertFalse(PortalFixture.get(client, "/fact-checks/%3Cscript%3E").body().contains("<script>"));
      assertEquals(List.of("vx"), slugs(PortalFixture.get(client, "/").body().split("id=\"h-hot\"")[0]));
    });
  }

  @Test
  void aTitleWithAScriptTagIsEscapedEverywhere() {
    f.publish(new Article("xss", "<script>alert(1)</script> & \"quoted\"", "<img src=x onerror=alert(2)>")
        .summary("\"><script>alert(3)</script>").featured());
    JavalinTest.test(f.app(), (server, client) -> {
      for (String path : List.of("/", "/fact-checks/xss", "/search?q=script", "/search?q=%3Cscript%3E")) {
        Page p = PortalFixture.get(client, path);
        assertEquals(200, p.status(), path);
        assertFalse(p.body().contains("<script>alert"), path);
        assertFalse(p.body().contains("<img src=x"), path);
      }
      String b = PortalFixture.get(client, "/fact-checks/xss").body();
      assertTrue(b.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;</h1>"));
      assertTrue(b.contains("content=\"&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;\""));
    });
  }

  @Test
  void vietnameseByDefaultEnglishOnRequest() {
    f.publish(new Article("vx", "Vắc xin", "Vắc xin gây hại").category("y-te-cong-dong"));
    JavalinTest.test(f.app(), (server, client) -> {
      Page vi = PortalFixture.get(client, "/");
      assertTrue(vi.body().startsWith("<!doctype html>\n<html lang=\"vi\">"));
      assertTrue(vi.body().contains("<meta charset=\"utf-8\">"));
      assertTrue(vi.header("Content-Type").toLowerCase().contains("charset=utf-8"));
      assertTrue(vi.body().contains("<h1>Kiểm chứng thông tin</h1>"));
      assertTrue(vi.body().contains("<meta name=\"viewport\""));
      Page en = PortalFixture.get(client, "/?lang=en");
      assertTrue(en.body().contains("<html lang=\"en\">"));
      assertTrue(en.body().contains("<h1>Fact-checks</h1>"));
      assertTrue(en.body().contains(">Featured<") || en.body().contains(">Latest<"));
      assertTrue(en.body().contains(">Public health</a>"));
      assertTrue(en.header("Set-Cookie").startsWith("lang=en"));
      Page article = PortalFixture.get(client, "/fact-checks/vx?lang=en");
      assertTrue(article.body().contains("<span class=\"badge big-badge false\">False</span>"), "verdict in the UI language");
      assertTrue(article.body().contains("<article class=\"card fact-check\" lang=\"vi\">"), "the article keeps its language");
      assertTrue(article.body().contains("Claim reviewed"));
      assertTrue(article.body().contains("<time datetime=\"2026-02-01\">1 February 2026</time>"));
    });
  }

  @Test
  void publicPagesSetNoCookieAndOpenNoSession() {
    f.publish(new Article("vx", "Vắc xin", "Vắc xin gây hại").category("y-te-cong-dong"));
    JavalinTest.test(f.app(), (server, client) -> {
      for (String path : List.of("/", "/category/y-te-cong-dong", "/search?q=vac", "/fact-checks/vx", "/fact-checks/none")) {
        Page p = PortalFixture.get(client, path);
        assertNull(p.header("Set-Cookie"), path);
        assertFalse(p.body().contains("name=\"_csrf\""), path);
        assertTrue(p.header("Content-Security-Policy").contains("script-src 'self'"), path);
      }
    });
  }

  @Test
  void refreshPublishesAndUnpublishesWithoutARestart() {
    long first = f.publish(new Article("vx", "Vắc xin", "Vắc xin gây hại"));
    JavalinTest.test(f.app(), (server, client) -> {
      long second = f.publish(new Article("moi-dang", "Mới đăng", "Tuyên bố mới").featured());
      assertEquals(404, PortalFixture.get(client, "/fact-checks/moi-dang").status(), "not before refresh");
      f.portal().index().refresh(second);
      assertEquals(200, PortalFixture.get(client, "/fact-checks/moi-dang").status());
      assertEquals(List.of("moi-dang"), slugs(PortalFixture.get(client, "/search?q=moi+dang").body()));
      assertTrue(section(PortalFixture.get(client, "/").body(), "h-featured").contains("moi-dang"));
      f.revise(first, 2, new Article("vx", "Vắc xin (sửa)", "Vắc xin gây hại"), java.time.Instant.parse("2026-02-03T00:00:00Z"));
      f.portal().index().refresh(first);
      assertTrue(PortalFixture.get(client, "/fact-checks/vx").body().contains("<h1>Vắc xin (sửa)</h1>"));
      f.db.jdbi().useHandle(h -> h.createUpdate("UPDATE fact_checks SET published_revision_id = NULL WHERE id = ?")
          .bind(0, second).execute());
      f.portal().index().refresh(second);
      assertEquals(404, PortalFixture.get(client, "/fact-checks/moi-dang").status());
      assertEquals(List.of(), slugs(PortalFixture.get(client, "/search?q=moi+dang").body()));
      assertTrue(PortalFixture.get(client, "/feed.rss").body().contains("/fact-checks/vx"), "feeds read the same index");
      assertFalse(PortalFixture.get(client, "/feed.rss").body().contains("/fact-checks/moi-dang"), "unpublished left the feed");
      assertEquals(404, PortalFixture.get(client, "/embed/moi-dang").status());
      assertEquals(200, PortalFixture.get(client, "/embed/vx").status());
      f.category("tin-gia-moi", "Tin giả mới", "New hoaxes");
      assertEquals(404, PortalFixture.get(client, "/category/tin-gia-moi").status(), "not before refreshCategories");
      f.portal().index().refreshCategories();
      assertTrue(PortalFixture.get(client, "/category/tin-gia-moi").body().contains("<h1>Tin giả mới</h1>"));
    });
  }

  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
