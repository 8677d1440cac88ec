package org.factdesk.web.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven through ChromeDriver, both from Debian's packages ({@code chromium},
 * {@code chromium-driver}); nothing is downloaded at run time (Selenium Manager is bypassed by naming
 * the driver executable).
 *
 * <p>Paths come from env {@code FACTDESK_CHROMIUM} / {@code FACTDESK_CHROMEDRIVER}, defaulting to
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}. The flags are the ones this workplace's
 * closed network needs (no background networking, no component updates, no sync, no QUIC).
 * Screenshots go to {@code target/e2e-screenshots/} and are kept as CI artefacts.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

  private final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** The browser and driver executables, if both are installed. */
  static Optional<String> missingReason() {
    Path browser = Path.of(env("FACTDESK_CHROMIUM", "/usr/bin/chromium"));
    Path chromedriver = Path.of(env("FACTDESK_CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(browser) || !Files.isExecutable(chromedriver)) {
      return Optional.of("skipped: end-to-end tests need Debian's chromium and chromium-driver (" + browser + ", "
          + chromedriver + "); `apt-get install chromium chromium-driver` or run .ci/run");
    }
    return Optional.empty();
  }

  /**
   * Starts a fresh headless browser with an empty profile.
   *
   * @throws IOException if the profile directory cannot be made
   */
  static HeadlessChromium start() throws IOException {
    Path profile = Files.createTempDirectory("factdesk-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(env("FACTDESK_CHROMIUM", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=vi", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(env("FACTDESK_CHROMEDRIVER", "/usr/bin/chromedriver")))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2)).pageLoadTimeout(Duration.ofSeconds(30));
    return new HeadlessChromium(driver, profile);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Saves a PNG of the current page as {@code target/e2e-screenshots/<name>.png}. */
  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path target = SCREENSHOTS.resolve(name + ".png");
    Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return target;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var walk = Files.walk(profile)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
