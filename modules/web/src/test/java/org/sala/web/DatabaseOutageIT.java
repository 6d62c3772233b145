package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sala.web.WebSession.Page;

/**
 * The fault suite's database outage: the application on PostgreSQL through a relay the test cuts in the
 * middle of an attempt. While the database is away, no answer counts as saved and the page says so (with
 * JavaScript: "not saved yet ... retrying"); nothing acknowledged before is lost; saving works again
 * once the database is back. Skipped without PostgreSQL, unless CI=true.
 */
class DatabaseOutageIT {

    private static final TcpProxy DATABASE = TcpProxy.to("127.0.0.1", 5432);

    @RegisterExtension
    static final PayaraMicroServer server = PayaraMicroServer.postgres("sala_outage_it").withDatabasePort(DATABASE.port()).withTestPacks();

    private static final String PASSWORD = "floods on the tonle sap";

    @AfterEach
    void databaseBack() {
        if (!DATABASE.isOpen()) {
            DATABASE.restore();
        }
    }

    @AfterAll
    static void closeRelay() {
        DATABASE.close();
    }

    private record Typed(WebSession session, Page page, String field, String attempt) {
    }

    private static Typed examOnTypedQuestion() {
        WebSession session = new WebSession(server.baseUrl());
        session.register("outage-" + Long.toHexString(System.nanoTime()), "Outage", PASSWORD);
        Page first = session.submit(session.get("start.xhtml?pack=security-probe&quiz=exam"), "start", Map.of(), "start:submit");
        String attempt = WebSession.attemptId(first.uri().toString());
        Page page = session.get("attempt.xhtml?attempt=" + attempt + "&q=4");
        Element typed = page.html().selectFirst("form#answers input[type=text]");
        return new Typed(session, page, typed.attr("name"), attempt);
    }

    @Test
    void whileTheDatabaseIsAwayNothingCountsAsSavedAndSavingRecoversWhenItIsBack() throws Exception {
        Typed exam = examOnTypedQuestion();
        Page saved = exam.session().submit(exam.page(), "answers", Map.of(exam.field(), "before the outage"), "answers:save");
        assertThat(saved.html().select(".saved").text()).isEqualTo("Your answer is saved.");

        WebSession operator = new WebSession(server.baseUrl());
        assertThat(operator.get("health/ready").status()).isEqualTo(200);
        long failedBefore = metric(operator, "sala_answer_saves_total{outcome=\"failed\"}");
        long savedBefore = metric(operator, "sala_answer_saves_total{outcome=\"saved\"}");
        assertThat(savedBefore).as("the save above is counted").isPositive();

        DATABASE.cut();
        Page refused = exam.session().submit(saved, "answers", Map.of(exam.field(), "during the outage"), "answers:save");
        assertThat(refused.status()).isEqualTo(503);
        Page notReady = operator.get("health/ready");
        assertThat(notReady.status()).as("a node without its database takes no learners").isEqualTo(503);
        assertThat(notReady.body()).contains("\"name\":\"database\",\"status\":\"DOWN\"").doesNotContain("5432").doesNotContain("Exception");
        assertThat(operator.get("health/live").status()).as("but it is alive: an outage restarts no node").isEqualTo(200);
        assertThat(metric(operator, "sala_answer_saves_total{outcome=\"failed\"}")).isGreaterThan(failedBefore);
        assertThat(refused.html().select(".errors").text()).contains("could not be saved").contains("Nothing was lost");
        assertThat(refused.body()).doesNotContain("Your answer is saved.").doesNotContain("Exception");
        Page scripted = exam.session().post("answers", WebSession.answerFields(saved, java.util.List.of(Map.entry("value", "by script, during the outage"))), Map.of());
        assertThat(scripted.status()).as("the page's script is told to try again").isEqualTo(503);
        assertThat(scripted.headers().firstValue("Retry-After")).isPresent();
        assertThat(scripted.body()).contains("\"saved\":false").contains("could not be saved").doesNotContain("Exception");
        Page unavailable = exam.session().get("attempt.xhtml?attempt=" + exam.attempt() + "&q=4");
        assertThat(unavailable.heading()).isEqualTo("Something went wrong");
        assertThat(unavailable.body()).doesNotContain("Exception").doesNotContain("at org.");

        DATABASE.restore();
        Page recovered = refused;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!recovered.body().contains("Your answer is saved.") && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            recovered = exam.session().submit(refused, "answers", Map.of(exam.field(), "after the outage"), "answers:save");
        }
        assertThat(recovered.html().select(".saved").text()).as("saving works again once the database is back").isEqualTo("Your answer is saved.");
        assertThat(operator.get("health/ready").status()).as("ready again").isEqualTo(200);
        Page shown = exam.session().get("attempt.xhtml?attempt=" + exam.attempt() + "&q=4");
        assertThat(shown.html().selectFirst("form#answers input[type=text]").attr("value")).isEqualTo("after the outage");
        Page again = exam.session().post("answers", WebSession.answerFields(shown, java.util.List.of(Map.entry("value", "by script, after the outage"))), Map.of());
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(exam.session().get("attempt.xhtml?attempt=" + exam.attempt() + "&q=4").html().selectFirst("form#answers input[type=text]").attr("value"))
                .isEqualTo("by script, after the outage");
    }

    /** One value of {@code GET /metrics}, the line that starts with this name and labels. */
    static long metric(WebSession session, String series) {
        Page metrics = session.get("metrics");
        assertThat(metrics.status()).isEqualTo(200);
        return metrics.body().lines().filter(line -> line.startsWith(series + " ")).mapToLong(line -> Long.parseLong(line.substring(series.length() + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + series + " in /metrics:\n" + metrics.body()));
    }

    @Test
    void withJavaScriptThePageSaysRetryingWhileTheDatabaseIsAwayAndSavedOnceItIsBack() throws Exception {
        WebDriver browser = Browser.open(Path.of(System.getProperty("sala.it.work")));
        try {
            org.junit.jupiter.api.Assumptions.assumeTrue(browser instanceof ChromeDriver, "saving as you type needs JavaScript: Chromium");
            browser.get(server.baseUrl() + "register.xhtml");
            Browser.fillRegistration(browser, "typist-" + Long.toHexString(System.nanoTime()), "Typist", PASSWORD);
            browser.get(server.baseUrl() + "start.xhtml?pack=security-probe&quiz=exam");
            Browser.follow(browser, By.id("start:submit"));
            browser.get(server.baseUrl() + "attempt.xhtml?attempt=" + WebSession.attemptId(browser.getCurrentUrl()) + "&q=4");
            var wait = new WebDriverWait(browser, Duration.ofSeconds(90));
            WebElement typed = browser.findElement(By.cssSelector("form#answers input[type=text]"));

            typed.sendKeys("kept");
            wait.until(driver -> driver.findElement(By.id("save-state")).getText().startsWith("Saved at"));
            DATABASE.cut();
            typed.sendKeys(" and more");
            wait.until(driver -> driver.findElement(By.id("save-state")).getText().startsWith("Not saved yet"));
            DATABASE.restore();
            wait.until(driver -> driver.findElement(By.id("save-state")).getText().startsWith("Saved at"));

            browser.navigate().refresh();
            assertThat(browser.findElement(By.cssSelector("form#answers input[type=text]")).getAttribute("value")).isEqualTo("kept and more");
        } finally {
            browser.quit();
        }
    }
}
