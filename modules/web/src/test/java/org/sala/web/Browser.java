package org.sala.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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

    /**
     * Clicks a link or button once and waits until the next page has replaced this one and finished loading.
     * Chromium may report an error for a click whose page is already unloading; the click happened, so it is
     * never repeated (a second click would land on the next page).
     */
    static void follow(WebDriver browser, By target) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(Browser::loaded);
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
        nextPage(browser, element::click);
    }

    /** Fills in the registration page the browser is on and sends it, as a person does. */
    static void fillRegistration(WebDriver browser, String username, String displayName, String password) {
        browser.findElement(By.id("register:username")).sendKeys(username);
        browser.findElement(By.id("register:displayName")).sendKeys(displayName);
        browser.findElement(By.id("register:password")).sendKeys(password);
        browser.findElement(By.id("register:repeatPassword")).sendKeys(password);
        follow(browser, By.id("register:submit"));
    }

    /** Does what leads to another page (a click, a key press) once, and waits until that page has loaded. */
    static void nextPage(WebDriver browser, Runnable action) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement page = browser.findElement(By.tagName("html"));
        try {
            action.run();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.UnhandledAlertException unloading) {
            // the page was already being replaced
        } catch (org.openqa.selenium.WebDriverException unloading) {
            if (!String.valueOf(unloading.getMessage()).contains("does not belong to the document")) {
                throw unloading;
            }
        }
        wait.until(driver -> replaced(page));
        wait.until(Browser::loaded);
    }

    /** Whether the page element is gone: stale, or (as Chromium may say while unloading) no longer in the document. */
    private static boolean replaced(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    static boolean loaded(WebDriver driver) {
        try {
            return "complete".equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState"));
        } catch (RuntimeException noScript) {
            return true;
        }
    }
}
