package org.sala.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;

/**
 * Opens the browser the tests drive: headless Chromium through ChromeDriver (paths from
 * {@code sala.it.chromium} and {@code sala.it.chromedriver}, by default Debian's {@code /usr/bin/chromium}
 * and {@code /usr/bin/chromedriver}). Without Chromium the tests fall back to HtmlUnit and say so, except
 * in CI ({@code CI=true}), where a missing Chromium is a failure.
 */
final class Browser {

    private Browser() {
    }

    static WebDriver open(Path work) throws Exception {
        Path chromium = Path.of(System.getProperty("sala.it.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("sala.it.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("no Chromium at " + chromium + " or no ChromeDriver at " + chromedriver
                        + "; install them with: apt-get install chromium chromium-driver");
            }
            System.err.println("WARNING: Chromium or ChromeDriver not found (" + chromium + ", " + chromedriver
                    + "); the browser tests run on HtmlUnit instead. Install chromium and chromium-driver to test in a real browser.");
            return new HtmlUnitDriver(false);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(work.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        File profile = Files.createTempDirectory(work, "chromium-").toFile();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--window-size=1280,1024", "--user-data-dir=" + profile.getAbsolutePath());
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
