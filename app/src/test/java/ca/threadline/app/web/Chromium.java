package ca.threadline.app.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Real headless Chromium for the browser tests, from Debian's {@code chromium} and
 * {@code chromium-driver} packages (or {@code THREADLINE_CHROMIUM} / {@code THREADLINE_CHROMEDRIVER}).
 * The driver binary is given explicitly, so Selenium Manager never runs (it would try to
 * download a browser). Without the binaries the tests are skipped with the reason, unless
 * {@code THREADLINE_REQUIRE_SERVICES=1}, which makes their absence a failure.
 */
final class Chromium {
  private Chromium() {}

  static Path find(String env, List<String> candidates) {
    String e = System.getenv(env);
    if (e != null && !e.isBlank()) {
      return Path.of(e);
    }
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
  }

  /** Starts a fresh headless browser downloading into {@code downloads}, or skips/fails as above. */
  static ChromeDriver start(Path profile, Path downloads) throws IOException {
    Path browser = find("THREADLINE_CHROMIUM", List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
    Path driver = find("THREADLINE_CHROMEDRIVER", List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
    if (browser == null || driver == null) {
      String why = "headless Chromium tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
      if ("1".equals(System.getenv("THREADLINE_REQUIRE_SERVICES"))) {
        Assertions.fail(why);
      }
      Assumptions.assumeTrue(false, why);
    }
    ChromeOptions o = new ChromeOptions();
    o.setBinary(browser.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
    o.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false,
        "safebrowsing.enabled", false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort()
        .withLogFile(new File(profile.toFile(), "chromedriver.log")).build();
    ChromeDriver d = new ChromeDriver(service, o);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return d;
  }
}
