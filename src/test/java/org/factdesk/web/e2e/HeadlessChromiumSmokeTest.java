package org.factdesk.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The browser harness itself: Debian's chromium renders a localhost page, a click runs, a screenshot is kept. */
@Tag("e2e")
class HeadlessChromiumSmokeTest {
  @Test
  void rendersAndClicksALocalPage() throws Exception {
    assumeTrue(HeadlessChromium.missingReason().isEmpty(), () -> HeadlessChromium.missingReason().get());
    Javalin app = Javalin.create().get("/", ctx -> ctx.html(
        "<html><head><meta charset='utf-8'></head><body><form method='get' action='/done'><button id='go'>Kiểm chứng</button></form></body></html>"))
        .get("/done", ctx -> ctx.html("<html><head><meta charset='utf-8'></head><body><h1>Đã xong</h1></body></html>"))
        .start("127.0.0.1", 0);
    try (HeadlessChromium browser = HeadlessChromium.start()) {
      browser.driver().get("http://127.0.0.1:" + app.port() + "/");
      browser.driver().findElement(By.id("go")).click();
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Đã xong");
      assertThat(browser.screenshot("smoke")).isNotEmptyFile();
    } finally {
      app.stop();
    }
  }
}
