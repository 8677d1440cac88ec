package org.factdesk.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.nio.file.Path;
import org.factdesk.web.portal.PortalFixture;
import org.factdesk.web.portal.PortalFixture.Article;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public portal in a real headless Chromium: Vietnamese text decodes (UTF-8), the search bar finds
 * a Vietnamese fact-check typed without diacritics, the article opens; screenshots of the home,
 * search and article pages (desktop) and the article on a phone-sized window.
 */
@Tag("e2e")
class PortalBrowserTest {
  @TempDir Path dir;

  @Test
  void aReaderFindsAFactCheckWithoutTypingDiacritics() throws Exception {
    assumeTrue(HeadlessChromium.missingReason().isEmpty(), () -> HeadlessChromium.missingReason().get());
    try (PortalFixture f = new PortalFixture(dir)) {
      f.publish(new Article("vac-xin-gay-vo-sinh", "Vắc xin COVID-19 không gây vô sinh",
          "Tiêm vắc xin COVID-19 gây vô sinh ở phụ nữ").category("y-te-cong-dong").featured()
          .summary("Không có bằng chứng khoa học nào cho thấy vắc xin gây vô sinh.")
          .body("## Bằng chứng\n\nCác nghiên cứu lớn không thấy liên hệ.")
          .sources("[{\"title\": \"Bộ Y tế\", \"url\": \"https://moh.gov.vn\"}]"));
      f.publish(new Article("gia-xang", "Giá xăng không tăng gấp đôi", "Giá xăng sẽ tăng gấp đôi")
          .category("gia-ca-thi-truong").verdict("misleading"));
      Javalin app = f.app().start("127.0.0.1", 0);
      try (HeadlessChromium browser = HeadlessChromium.start()) {
        var d = browser.driver();
        String origin = "http://127.0.0.1:" + app.port();
        d.get(origin + "/");
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Kiểm chứng thông tin");
        assertThat(d.findElement(By.id("h-featured")).getText()).isEqualTo("Tiêu điểm");
        browser.screenshot("portal-home");
        d.findElement(By.id("search-bar-q")).sendKeys("vac xin vo sinh", Keys.ENTER);
        wait(d).until(ExpectedConditions.urlContains("/search?")); // navigation is asynchronous
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Tìm kiếm bài kiểm chứng");
        var results = d.findElements(By.cssSelector(".fc-card h3 a"));
        assertThat(results).hasSize(1);
        assertThat(results.get(0).getText()).isEqualTo("Vắc xin COVID-19 không gây vô sinh");
        browser.screenshot("portal-search");
        results.get(0).click();
        wait(d).until(ExpectedConditions.urlContains("/fact-checks/"));
        assertThat(d.getCurrentUrl()).endsWith("/fact-checks/vac-xin-gay-vo-sinh");
        assertThat(d.findElement(By.cssSelector(".big-badge")).getText()).isEqualTo("Sai");
        assertThat(d.findElement(By.cssSelector(".article-body h2")).getText()).isEqualTo("Bằng chứng");
        browser.screenshot("portal-article");
        d.manage().window().setSize(new Dimension(390, 844));
        browser.screenshot("portal-article-phone");
        WebElement html = d.findElement(By.tagName("html"));
        d.findElement(By.cssSelector(".lang-switch")).click();
        wait(d).until(ExpectedConditions.stalenessOf(html));
        assertThat(d.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(d.findElement(By.cssSelector(".big-badge")).getText()).isEqualTo("False");
      } finally {
        app.stop();
      }
    }
  }

  private static WebDriverWait wait(WebDriver d) {
    return new WebDriverWait(d, java.time.Duration.ofSeconds(20));
  }
}
