package org.factdesk.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.factdesk.cli.DeskServer;
import org.factdesk.cli.FactdeskCommand;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole desk in a real headless Chromium, as issue #7 asks: {@code factdesk serve}'s application
 * ({@link DeskServer}) on ingested Vietnamese posts; the first-run admin logs in, finds a post by
 * searching without diacritics, accepts its suggested fact-check match, opens a case, writes the
 * article with the verdict "Sai", submits it for review, approves and publishes it; a reader then sees
 * it on the public home page, finds it by searching without diacritics, opens it (verdict badge, one
 * ClaimReview JSON-LD) and a feed reader finds it in {@code /feed.rss}. Screenshots of each step are
 * kept in {@code target/e2e-screenshots/desk-*.png}.
 */
@Tag("e2e")
class DeskToPortalBrowserTest {
  @TempDir Path dir;

  @Test
  void anEditorPublishesAVerdictThatReadersFind() throws Exception {
    assumeTrue(HeadlessChromium.missingReason().isEmpty(), () -> HeadlessChromium.missingReason().get());
    Path data = dir.resolve("data");
    ingestFixture(data);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    StringWriter out = new StringWriter();
    try (DeskServer server = DeskServer.start(new DeskServer.Options(data, null, port, null, false),
            new PrintWriter(out), new PrintStream(java.io.OutputStream.nullOutputStream()));
        HeadlessChromium browser = HeadlessChromium.start()) {
      String origin = "http://localhost:" + server.port();
      String password = server.firstRunPassword().orElseThrow();
      WebDriver d = browser.driver();

      d.get(origin + "/desk");
      assertThat(d.getCurrentUrl()).contains("/login");
      d.findElement(By.name("username")).sendKeys("admin");
      WebElement passwordField = d.findElement(By.name("password"));
      passwordField.sendKeys(password, Keys.ENTER);
      new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(passwordField));
      assertThat(d.getCurrentUrl()).endsWith("/desk");
      browser.screenshot("desk-1-dashboard");

      d.get(origin + "/desk/search");
      d.findElement(By.cssSelector("form[action='/desk/search'] input[name=q]")).sendKeys("nuoc chanh nong", Keys.ENTER);
      new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("q=nuoc"));
      d.findElement(By.cssSelector("a[href^='/desk/posts/']")).click();
      assertThat(d.findElement(By.tagName("body")).getText()).contains("Uống nước chanh nóng");
      WebElement accept = d.findElement(By.xpath(
          "//form[contains(@action,'/feedback')][input[@name='decision' and @value='accept']]/button"));
      submit(d, accept);
      assertThat(d.findElements(By.cssSelector(".badge.true"))).isNotEmpty();
      browser.screenshot("desk-2-match-accepted");

      submit(d, d.findElement(By.cssSelector("form[action='/desk/cases'] button")));
      assertThat(d.getCurrentUrl()).matches(".*/desk/cases/\\d+");
      WebElement editor = d.findElement(By.cssSelector("form[action$='/factchecks']"));
      editor.findElement(By.name("title")).sendKeys("Nước chanh nóng không chữa được ung thư");
      WebElement claim = editor.findElement(By.name("claim_reviewed"));
      claim.clear();
      claim.sendKeys("Uống nước chanh nóng mỗi sáng chữa khỏi ung thư");
      new Select(editor.findElement(By.name("verdict"))).selectByValue("false");
      new Select(editor.findElement(By.name("category"))).selectByValue("suc-khoe");
      new Select(editor.findElement(By.name("article_lang"))).selectByValue("vi");
      editor.findElement(By.name("summary")).sendKeys("Không có nghiên cứu nào cho thấy nước chanh nóng chữa ung thư.");
      editor.findElement(By.name("body")).sendKeys("## Bằng chứng\n\nCác tổ chức y tế không ghi nhận tác dụng này.");
      editor.findElement(By.name("sources")).sendKeys("Bộ Y tế | https://moh.gov.vn/");
      browser.screenshot("desk-3-editor");
      submit(d, editor.findElement(By.cssSelector("button[type=submit]")));
      assertThat(d.getCurrentUrl()).matches(".*/desk/factchecks/\\d+");
      submit(d, d.findElement(By.cssSelector("form[action$='/submit'] button")));
      submit(d, d.findElement(By.cssSelector("form[action$='/publish'] button")));
      assertThat(d.findElements(By.cssSelector("form[action$='/publish']"))).isEmpty();
      browser.screenshot("desk-4-published");

      d.get(origin + "/");
      assertThat(d.findElement(By.tagName("body")).getText()).contains("Nước chanh nóng không chữa được ung thư");
      browser.screenshot("desk-5-portal-home");
      d.findElement(By.id("search-bar-q")).sendKeys("nuoc chanh nong khong chua duoc ung thu", Keys.ENTER);
      new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/search?"));
      var results = d.findElements(By.cssSelector(".fc-card h3 a"));
      assertThat(results).isNotEmpty();
      assertThat(results.get(0).getText()).isEqualTo("Nước chanh nóng không chữa được ung thư");
      browser.screenshot("desk-6-portal-search");
      results.get(0).click();
      assertThat(d.findElement(By.cssSelector(".big-badge")).getText()).isEqualTo("Sai");
      assertThat(d.findElements(By.cssSelector("script[type='application/ld+json']"))).hasSize(1);
      browser.screenshot("desk-7-portal-article");

      HttpResponse<String> rss = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(origin + "/feed.rss")).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(rss.statusCode()).isEqualTo(200);
      assertThat(rss.body()).contains("<title>Nước chanh nóng không chữa được ung thư</title>");
    }
    assertThat(out.toString()).contains("first-run admin account: admin / ");
  }

  /**
   * Clicks a form's submit button and waits until the browser has left the page (the button went
   * stale): a form POST's navigation is asynchronous, and navigating on before it ends would cancel it.
   */
  private static void submit(WebDriver d, WebElement button) {
    button.click();
    new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
  }

  /** Two Vietnamese fact-checks and three posts, ingested the way operators do it. */
  private static void ingestFixture(Path data) throws Exception {
    Path in = Files.createDirectories(data.resolveSibling("input"));
    Files.writeString(in.resolve("factchecks.json"), """
        [{"@type": "ClaimReview", "url": "https://fc.example/chanh", "claimReviewed": "Uống nước chanh nóng chữa khỏi ung thư",
          "reviewRating": {"@type": "Rating", "alternateName": "Sai"}, "inLanguage": "vi"},
         {"@type": "ClaimReview", "url": "https://fc.example/toi", "claimReviewed": "Ăn tỏi phòng được virus corona",
          "reviewRating": {"@type": "Rating", "alternateName": "Sai"}, "inLanguage": "vi"}]
        """, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("posts.jsonl"), """
        {"id":"p1","source":"Trang Sức Khỏe","published_at":"2026-11-20T03:00:00Z","text":"Uống nước chanh nóng mỗi sáng chữa khỏi ung thư, chia sẻ ngay cho người thân","author":"@a"}
        {"id":"p2","source":"Trang Tin B","published_at":"2026-11-21T03:00:00Z","text":"Ăn tỏi sống mỗi ngày phòng được virus corona","author":"@b"}
        {"id":"p3","source":"Trang Tin C","published_at":"2026-11-22T03:00:00Z","text":"Hà Nội hôm nay trời đẹp, hồ Gươm lặng gió","author":"@c"}
        """, StandardCharsets.UTF_8);
    int code = FactdeskCommand.commandLine().execute("ingest", "--data-dir", data.toString(),
        in.resolve("factchecks.json").toString(), in.resolve("posts.jsonl").toString());
    assertThat(code).isZero();
  }
}
