package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The accessibility suite: axe-core in Chromium on every learner page (an attempt with every question
 * type, the results, review, the course and lesson pages, sign-in and registration, the error pages)
 * with zero violations of WCAG 2.2 A and AA; the journey by keyboard alone with a visible focus; the
 * countdown announced politely; no sideways scrolling at 320 CSS pixels (a 1280-pixel window at 400%
 * zoom) nor at 640 (200%); Khmer drawn with a Khmer font.
 */
class AccessibilitySuiteIT {

    @RegisterExtension
    static final PayaraMicroServer server = PayaraMicroServer.embedded().withTestPacks()
            .withEnvironment("SALA_ADMIN_USER", "a11y-admin").withEnvironment("SALA_ADMIN_PASSWORD", "the long road to kampot admin");

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static final String PASSWORD = "the long road to kampot";

    private static WebDriver browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.open(Path.of(System.getProperty("sala.it.work")));
        Assumptions.assumeTrue(browser instanceof ChromeDriver, "axe-core and the keyboard checks need Chromium");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(String path) {
        browser.get(server.baseUrl() + path);
    }

    private static void follow(By target) {
        Browser.follow(browser, target);
    }

    /** The page's WCAG 2.2 A/AA violations, one line each with where they are. */
    private static List<String> violations() {
        return violations(browser);
    }

    /** The WCAG 2.2 A/AA violations of the page this browser shows, one line each with where they are. */
    static List<String> violations(WebDriver browser) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
        var lines = new ArrayList<String>();
        for (Rule rule : results.getViolations()) {
            lines.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                    + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")));
        }
        return lines;
    }

    private static void assertAccessible(String what) {
        assertThat(violations()).as(what + " (" + browser.getCurrentUrl() + ")").isEmpty();
    }

    private static void register(String name) {
        browser.manage().deleteAllCookies();
        open("register.xhtml");
        Browser.fillRegistration(browser, name + "-" + Long.toHexString(System.nanoTime()), "Srey Mom", PASSWORD);
    }

    @Test
    void everyLearnerPageHasNoWcagViolation() {
        browser.manage().deleteAllCookies();
        open("");
        assertAccessible("catalog");
        open("course.xhtml?pack=cambodian-foreign-policy");
        assertAccessible("course page, visitor");
        open("lesson.xhtml?pack=cambodian-foreign-policy&lesson=asean-and-multilateral-memberships");
        assertAccessible("lesson, visitor");
        open("login.xhtml");
        assertAccessible("sign-in");
        open("register.xhtml");
        assertAccessible("registration");
        browser.findElement(By.id("register:password")).sendKeys("short");
        follow(By.id("register:submit"));
        assertAccessible("registration with errors");
        open("no-such-page.xhtml");
        assertAccessible("not found");

        register("axe");
        open("course.xhtml?pack=cambodian-foreign-policy");
        assertAccessible("course page, learner");
        open("lesson.xhtml?pack=cambodian-foreign-policy&lesson=asean-and-multilateral-memberships");
        follow(By.id("progress:toggle"));
        assertAccessible("lesson, marked as studied");
        open("course.xhtml?pack=cambodian-foreign-policy");
        follow(By.id("review"));
        assertAccessible("review, a question");
        follow(By.id("review:check"));
        assertAccessible("review, checked");

        open("start.xhtml?pack=cambodian-foreign-policy&quiz=asean-practice");
        assertAccessible("quiz start page");
        follow(By.id("start:submit"));
        follow(By.id("answers:check"));
        assertAccessible("practice question, checked");
        follow(By.id("answers:finish"));
        follow(By.id("summary:submit"));
        assertAccessible("practice results with right answers and feedback");

        open("start.xhtml?pack=security-probe&quiz=exam");
        follow(By.id("start:submit"));
        String attempt = WebSession.attemptId(browser.getCurrentUrl());
        var types = new java.util.TreeSet<String>();
        for (int number = 1; number <= 8; number++) {
            open("attempt.xhtml?attempt=" + attempt + "&q=" + number);
            types.add(browser.findElement(By.cssSelector("fieldset.question")).getAttribute("class").replace("question", "").strip());
            assertAccessible("exam question " + number);
        }
        assertThat(types).hasSize(8);
        follow(By.id("answers:flag"));
        follow(By.id("answers:finish"));
        assertAccessible("summary before submitting");
        follow(By.id("summary:submit"));
        assertAccessible("exam results");
        follow(By.id("my-results"));
        assertAccessible("my results");

        open("staff/questions.xhtml?pack=cambodian-foreign-policy");
        assertAccessible("not allowed");
    }

    @Test
    void theInstructorPagesHaveNoWcagViolation() {
        browser.manage().deleteAllCookies();
        open("login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("a11y-admin");
        browser.findElement(By.id("login:password")).sendKeys("the long road to kampot admin");
        follow(By.id("login:submit"));

        open("staff/questions.xhtml?pack=security-probe&quiz=exam");
        assertAccessible("question figures");
        follow(By.id("regrade-link"));
        assertThat(browser.getCurrentUrl()).contains("edit/regrade.xhtml");
        assertAccessible("regrade");
        follow(By.id("course-editors"));
        assertAccessible("course editors");
    }

    @Test
    void aLearnerCanStudyAndAnswerByKeyboardAloneAndAlwaysSeesWhereTheFocusIs() {
        register("keys");
        open("lesson.xhtml?pack=cambodian-foreign-policy&lesson=asean-and-multilateral-memberships");
        WebElement toggle = tabTo(By.id("progress:toggle"));
        assertFocusVisible(toggle);
        Browser.nextPage(browser, () -> new Actions(browser).sendKeys(Keys.ENTER).perform());
        assertThat(browser.findElement(By.id("progress")).getText()).contains("You marked this lesson as studied.");

        open("start.xhtml?pack=security-probe&quiz=exam");
        WebElement start = tabTo(By.id("start:submit"));
        assertFocusVisible(start);
        Browser.nextPage(browser, () -> new Actions(browser).sendKeys(Keys.ENTER).perform());
        WebElement firstOption = tabTo(By.cssSelector("fieldset.question input[type=radio]"));
        assertFocusVisible(firstOption);
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        assertThat(firstOption.isSelected()).isTrue();
        WebElement next = tabTo(By.id("answers:next"));
        assertFocusVisible(next);
        Browser.nextPage(browser, () -> new Actions(browser).sendKeys(Keys.ENTER).perform());
        assertThat(browser.findElements(By.cssSelector(".steps a.answered"))).as("question 1 answered by keyboard").hasSize(1);
    }

    /** Presses Tab until the element has the focus (at most 80 times), as a keyboard user moves through the page. */
    private static WebElement tabTo(By target) {
        WebElement wanted = browser.findElement(target);
        for (int presses = 0; presses < 80; presses++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if (wanted.equals(browser.switchTo().activeElement())) {
                return wanted;
            }
        }
        throw new AssertionError(target + " cannot be reached with the Tab key");
    }

    private static void assertFocusVisible(WebElement element) {
        String outline = (String) ((JavascriptExecutor) browser).executeScript(
                "const style = getComputedStyle(arguments[0]); return style.outlineStyle + ' ' + style.outlineWidth;", element);
        assertThat(outline).as("a visible focus outline on " + element.getTagName()).doesNotStartWith("none").doesNotEndWith(" 0px");
    }

    @Test
    void theCountdownIsAnnouncedPolitelyAndNotEverySecond() {
        register("timer");
        open("start.xhtml?pack=cambodian-foreign-policy&quiz=final-exam");
        follow(By.id("start:submit"));
        WebElement timer = browser.findElement(By.id("time-left"));
        assertThat(timer.getAttribute("role")).isEqualTo("timer");
        assertThat(timer.getAttribute("aria-live")).as("a timer is not read out every second").isNull();
        assertThat(browser.findElement(By.id("time-alert")).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.findElement(By.id("save-state")).getAttribute("role")).isEqualTo("status");
    }

    @Test
    void pagesReflowWithoutSidewaysScrollingAt200And400PercentZoom() {
        register("zoom");
        open("start.xhtml?pack=security-probe&quiz=exam");
        follow(By.id("start:submit"));
        String attempt = server.baseUrl() + "attempt.xhtml?attempt=" + WebSession.attemptId(browser.getCurrentUrl());
        List<String> pages = List.of(server.baseUrl(), server.baseUrl() + "course.xhtml?pack=cambodian-foreign-policy",
                server.baseUrl() + "lesson.xhtml?pack=cambodian-foreign-policy&lesson=asean-and-multilateral-memberships",
                attempt + "&q=1", attempt + "&q=6", attempt + "&q=8");
        var chrome = (ChromeDriver) browser;
        try {
            for (int width : new int[] {640, 320}) {
                chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 800, "deviceScaleFactor", 1280 / width, "mobile", false));
                for (String page : pages) {
                    browser.get(page);
                    new WebDriverWait(browser, Duration.ofSeconds(10)).until(Browser::loaded);
                    Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    assertThat(overflow).as(page + " at " + width + " CSS pixels scrolls sideways by").isLessThanOrEqualTo(0L);
                }
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.manage().window().setSize(new Dimension(1280, 1024));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void khmerIsMarkedAsKhmerAndDrawnWithAKhmerFont() {
        open("lesson.xhtml?pack=cambodian-foreign-policy&lesson=glossary");
        WebElement khmer = browser.findElement(By.cssSelector("article span[lang=km]"));
        assertThat(khmer.getText()).isEqualTo("កម្ពុជា");

        var chrome = (ChromeDriver) browser;
        Map<String, Object> document = chrome.executeCdpCommand("DOM.getDocument", Map.of());
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object node = chrome.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", "article span[lang=km]")).get("nodeId");
        chrome.executeCdpCommand("CSS.enable", Map.of());
        var fonts = (List<Map<String, Object>>) chrome.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", node)).get("fonts");
        assertThat(fonts).as("the fonts Chromium drew the Khmer word with").isNotEmpty()
                .allSatisfy(font -> assertThat(String.valueOf(font.get("familyName"))).containsIgnoringCase("khmer"));
    }
}
