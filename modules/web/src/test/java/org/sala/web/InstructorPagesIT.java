package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sala.web.WebSession.Page;

/**
 * The instructor's and administrator's pages on the running server, in Chromium and over HTTP: the gradebook
 * (sorted, filtered, a learner's record, an attempt as the instructor sees it), accommodations reaching the
 * learner's start page, CSV downloads with the screen's figures, charts drawn with their tables, axe-clean pages,
 * and people: a role granted, course rights, a disabled account refused, a temporary password that must be
 * changed, the last administrator kept. Learners and editors of other courses are refused every page and file.
 */
class InstructorPagesIT {

    @RegisterExtension
    static final PayaraMicroServer server = PayaraMicroServer.embedded().withTestPacks();

    private static final String PASSWORD = "the long road to kampot";
    private static final String COURSE = "cambodian-foreign-policy";
    private static final String INTRO = "Practice: Introduction: Cambodia and the world since 1953";
    private static WebDriver browser;

    @BeforeAll
    static void learnersTakeAQuiz() throws Exception {
        takeIntroductionPractice("grades-sokha", "Sokha Chan", "1953");
        takeIntroductionPractice("grades-dara", "Dara Kim", null);
        new WebSession(server.baseUrl()).register("grades-teacher", "Teacher Vanna", PASSWORD);
        new WebSession(server.baseUrl()).register("grades-other", "Other Instructor", PASSWORD);
        browser = Browser.open(Path.of(System.getProperty("sala.it.work")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Registers, studies the first lesson and submits the introduction practice (typing {@code typed} where a text is asked). */
    private static void takeIntroductionPractice(String username, String name, String typed) {
        WebSession learner = new WebSession(server.baseUrl());
        learner.register(username, name, PASSWORD);
        learner.submit(learner.get("lesson.xhtml?pack=" + COURSE + "&lesson=introduction"), "progress", Map.of(), "progress:toggle");
        Page question = learner.submit(learner.get("start.xhtml?pack=" + COURSE + "&quiz=introduction-practice"), "start", Map.of(), "start:submit");
        Element text = question.html().selectFirst("form#answers input[type=text]");
        Page saved = text == null || typed == null ? question : learner.submit(question, "answers", Map.of(text.attr("name"), typed), "answers:save");
        Page summary = learner.submit(saved, "answers", Map.of(), "answers:finish");
        Page result = learner.submit(summary, "summary", Map.of(), "summary:submit");
        assertThat(result.html().select("#score").text()).startsWith("You scored");
    }

    private static WebSession signedIn(String username, String password) {
        WebSession session = new WebSession(server.baseUrl());
        session.signIn(username, password);
        return session;
    }

    private static void open(String path) {
        browser.get(server.baseUrl() + path);
    }

    private static void signInBrowser(String username, String password) {
        browser.manage().deleteAllCookies();
        open("login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        Browser.follow(browser, By.id("login:submit"));
    }

    private static void assertAccessible(String what) {
        if (browser instanceof ChromeDriver) {
            assertThat(AccessibilitySuiteIT.violations(browser)).as(what + " (" + browser.getCurrentUrl() + ")").isEmpty();
        }
    }

    private static boolean drawn(String canvasId) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "var c = document.getElementById(arguments[0]); return !!(c && window.Chart && Chart.getChart(c));", canvasId));
    }

    /** One CSV record's fields (RFC 4180: quoted fields may hold commas; a doubled quote is a quote). */
    static List<String> fields(String record) {
        var fields = new java.util.ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted && c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String text(By by) {
        return browser.findElement(by).getText();
    }

    @Test
    void anAdministratorMakesSomeoneAnInstructorOfOneCourseWhoThenSeesItsGradebookAndNoOtherAndLearnersSeeNone() {
        Assumptions.assumeTrue(browser instanceof ChromeDriver, "the journey runs in Chromium");
        signInBrowser(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        Browser.follow(browser, By.id("people"));
        assertAccessible("people");
        browser.findElement(By.id("q")).sendKeys("grades-teacher");
        Browser.follow(browser, By.id("find-submit"));
        Browser.follow(browser, By.linkText("Teacher Vanna"));
        Browser.follow(browser, By.id("roles:grant-instructor"));
        assertThat(text(By.id("status"))).contains("grades-teacher is now instructor");
        Browser.follow(browser, By.id("course-right:grant-course"));
        assertThat(text(By.id("person-roles"))).contains("instructor");
        assertThat(browser.findElements(By.cssSelector("#courses li"))).hasSize(1);
        assertThat(text(By.id("person-events"))).contains("grades-teacher is now instructor").contains("grades-teacher may edit " + COURSE);
        assertAccessible("a person");

        // Another instructor, without the right to this course.
        open("admin/people.xhtml?user=grades-other");
        Browser.follow(browser, By.id("roles:grant-instructor"));

        WebSession teacher = signedIn("grades-teacher", PASSWORD);
        assertThat(teacher.get("staff/gradebook.xhtml?pack=" + COURSE).status()).isEqualTo(200);
        assertThat(teacher.get("staff/gradebook.xhtml?pack=security-probe").status()).as("another course's gradebook").isEqualTo(403);
        assertThat(teacher.get("staff/gradebook.csv?pack=security-probe").status()).isEqualTo(403);
        WebSession other = signedIn("grades-other", PASSWORD);
        for (String path : List.of("staff/gradebook.xhtml?pack=" + COURSE, "staff/gradebook.csv?pack=" + COURSE,
                "staff/learner.xhtml?pack=" + COURSE + "&learner=grades-sokha")) {
            assertThat(other.get(path).status()).as("an instructor without the course's right: " + path).isEqualTo(403);
        }
        WebSession learner = signedIn("grades-dara", PASSWORD);
        for (String path : List.of("staff/gradebook.xhtml?pack=" + COURSE, "staff/gradebook.csv?pack=" + COURSE + "&rows=attempts",
                "staff/learner.xhtml?pack=" + COURSE + "&learner=grades-sokha", "admin/people.xhtml", "staff/questions.xhtml?pack=" + COURSE)) {
            assertThat(learner.get(path).status()).as("a learner: " + path).isEqualTo(403);
        }
        assertThat(new WebSession(server.baseUrl()).get("staff/gradebook.csv?pack=" + COURSE).uri().getPath()).as("a visitor signs in first")
                .endsWith("login.xhtml");

        open("admin/people.xhtml?user=" + PayaraMicroServer.ADMIN);
        Browser.follow(browser, By.id("roles:revoke-admin"));
        assertThat(text(By.id("status"))).contains("last administrator");
        assertThat(text(By.id("person-roles"))).contains("administrator");
    }

    @Test
    void theGradebookSortsFiltersOpensALearnerAndTheirAttemptAndAnAccommodationReachesTheirStartPage() {
        Assumptions.assumeTrue(browser instanceof ChromeDriver, "the journey runs in Chromium");
        signInBrowser(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        open("course.xhtml?pack=" + COURSE);
        Browser.follow(browser, By.id("gradebook"));
        assertThat(browser.findElements(By.cssSelector("#gradebook tbody tr")).size()).isGreaterThanOrEqualTo(2);
        assertAccessible("gradebook");
        assertThat(drawn("progress-chart")).as("the lesson progress chart").isTrue();
        assertThat(browser.findElements(By.cssSelector("#progress-table tbody tr"))).hasSizeGreaterThan(5);

        Browser.follow(browser, By.linkText(INTRO));
        Browser.follow(browser, By.linkText(INTRO));
        assertThat(browser.findElement(By.xpath("//th[a[text()='" + INTRO + "']]")).getAttribute("aria-sort")).isEqualTo("descending");
        List<String> order = browser.findElements(By.cssSelector("#gradebook tbody th a.learner")).stream().map(element -> element.getText()).toList();
        assertThat(order.indexOf("Sokha Chan")).as("the higher grade first").isLessThan(order.indexOf("Dara Kim"));

        browser.findElement(By.id("q")).sendKeys("dara");
        Browser.follow(browser, By.id("filter-submit"));
        assertThat(browser.findElements(By.cssSelector("#gradebook tbody tr"))).hasSize(1);
        Browser.follow(browser, By.linkText("Dara Kim"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Dara Kim");
        assertAccessible("a learner's record");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("accommodate:quiz"))).selectByVisibleText("Final exam");
        browser.findElement(By.id("accommodate:factor")).clear();
        browser.findElement(By.id("accommodate:factor")).sendKeys("one and a half");
        Browser.follow(browser, By.id("accommodate:save"));
        assertThat(text(By.id("accommodate:factor-error"))).contains("factor from 1 to 10");
        browser.findElement(By.id("accommodate:factor")).clear();
        browser.findElement(By.id("accommodate:factor")).sendKeys("1.5");
        browser.findElement(By.id("accommodate:attempts")).clear();
        browser.findElement(By.id("accommodate:attempts")).sendKeys("1");
        Browser.follow(browser, By.id("accommodate:save"));
        assertThat(text(By.id("status"))).contains("Dara Kim has an accommodation at Final exam");
        assertThat(text(By.tagName("main"))).contains("50% more time, 1 more attempt");

        WebSession dara = signedIn("grades-dara", PASSWORD);
        Page start = dara.get("start.xhtml?pack=" + COURSE + "&quiz=final-exam");
        assertThat(start.html().select("#accommodation").text()).isEqualTo("Arrangements for you: 50% more time, 1 more attempt.");
        assertThat(start.html().select("ul.rules").text()).contains("Time limit: 67 minutes").contains("Attempts left: 3.");
        WebSession sokha = signedIn("grades-sokha", PASSWORD);
        Page sokhasStart = sokha.get("start.xhtml?pack=" + COURSE + "&quiz=final-exam");
        assertThat(sokhasStart.html().select("#accommodation")).isEmpty();
        assertThat(sokhasStart.html().select("ul.rules").text()).contains("Time limit: 45 minutes").contains("Attempts left: 2.");

        open("staff/gradebook.xhtml?pack=" + COURSE + "&show=accommodated");
        assertThat(browser.findElements(By.cssSelector("#gradebook tbody th a.learner"))).extracting(element -> element.getText())
                .contains("Dara Kim").doesNotContain("Sokha Chan");
        assertThat(browser.findElements(By.xpath("//tr[th/a[text()='Dara Kim']]//*[@class='accommodated']"))).hasSize(1);

        open("staff/learner.xhtml?pack=" + COURSE + "&learner=grades-sokha");
        Browser.follow(browser, By.cssSelector("a.attempt-link"));
        assertThat(text(By.id("instructor-view"))).contains("grades-sokha");
        assertThat(text(By.id("time-taken"))).isNotBlank();
        assertThat(text(By.tagName("main"))).contains("Right answer");
        assertAccessible("an attempt as the instructor sees it");
    }

    @Test
    void csvDownloadsCarryTheGradebooksFiguresAndTheQuizPageDrawsItsChartsWithTables() {
        Assumptions.assumeTrue(browser instanceof ChromeDriver, "the journey runs in Chromium");
        signInBrowser(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        open("staff/gradebook.xhtml?pack=" + COURSE + "&q=grades-sokha");
        int column = browser.findElements(By.cssSelector("#gradebook thead th")).stream().map(element -> element.getText()).toList()
                .indexOf(INTRO);
        String shown = browser.findElements(By.cssSelector("#gradebook tbody tr td, #gradebook tbody tr th")).get(column).getText();
        String percent = shown.substring(0, shown.indexOf('%'));

        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('csv-learners').href).then(function (r) { return r.text().then(function (t) {"
                        + " done(r.status + ' ' + r.headers.get('content-type') + '\\n' + t); }); });");
        assertThat(csv).startsWith("200 text/csv");
        // WebDriver hands the script's string over with its line ends as "\n"; over HTTP below they are CRLF.
        List<String> lines = List.of(csv.substring(csv.indexOf('\n') + 1).split("\r?\n"));
        List<String> header = fields(lines.get(0));
        String sokhas = lines.stream().filter(line -> line.startsWith("grades-sokha,")).findFirst().orElseThrow(() -> new AssertionError(csv));
        String grade = fields(sokhas).get(header.indexOf(INTRO + " (grade %)"));
        assertThat(new java.math.BigDecimal(grade).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString())
                .as("the CSV's grade is the screen's").isEqualTo(percent);
        assertThat(sokhas).contains("Sokha Chan");

        WebSession admin = signedIn(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        Page attempts = admin.get("staff/gradebook.csv?pack=" + COURSE + "&quiz=introduction-practice&rows=attempts");
        assertThat(attempts.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).contains("attachment"));
        assertThat(attempts.body().split("\r\n")).hasSize(3);
        assertThat(admin.get("staff/gradebook.csv?pack=" + COURSE + "&rows=everything").status()).isEqualTo(400);
        assertThat(admin.get("staff/gradebook.csv?pack=" + COURSE + "&quiz=no-such-quiz").status()).isEqualTo(404);

        open("staff/questions.xhtml?pack=" + COURSE + "&quiz=introduction-practice");
        assertThat(drawn("histogram-chart")).as("the score histogram").isTrue();
        assertThat(drawn("scatter-chart") || browser.findElements(By.cssSelector("#questions tbody tr")).size() > 0).isTrue();
        assertThat(browser.findElements(By.cssSelector("#histogram-table tbody tr"))).hasSize(10);
        assertThat(browser.findElements(By.cssSelector("#questions tbody tr"))).isNotEmpty();
        assertAccessible("question figures with charts");

        signInBrowser("grades-sokha", PASSWORD);
        open("course.xhtml?pack=" + COURSE);
        assertThat(drawn("timeline-chart")).as("the learner's own progress and results").isTrue();
        assertThat(browser.findElement(By.id("timeline-table")).getAttribute("textContent")).contains("Submitted " + INTRO)
                .contains("Studied Introduction");
        assertAccessible("course page with the learner's chart");
    }

    @Test
    void accommodationsRolesAndTheAuditListSurviveARestart() throws Exception {
        new WebSession(server.baseUrl()).register("grades-kept", "Kept Across", PASSWORD);
        WebSession admin = signedIn(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        Page record = admin.get("staff/learner.xhtml?pack=" + COURSE + "&learner=grades-kept");
        Page saved = admin.submit(record, "accommodate", Map.of("accommodate:quiz", "final-exam", "accommodate:minutes", "15"), "accommodate:save");
        assertThat(saved.html().select("#status").text()).contains("Kept Across has an accommodation at Final exam");
        admin.submit(admin.get("admin/people.xhtml?user=grades-kept"), "roles", Map.of(), "roles:grant-instructor");

        server.restart();

        WebSession kept = signedIn("grades-kept", PASSWORD);
        Page start = kept.get("start.xhtml?pack=" + COURSE + "&quiz=final-exam");
        assertThat(start.html().select("#accommodation").text()).isEqualTo("Arrangements for you: 15 extra minutes.");
        assertThat(start.html().select("ul.rules").text()).contains("Time limit: 60 minutes");
        assertThat(kept.get("staff/questions.xhtml?pack=" + COURSE).status()).as("the instructor role granted before the restart").isEqualTo(200);
        Page person = signedIn(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD).get("admin/people.xhtml?user=grades-kept");
        assertThat(person.html().select("#person-events").text()).contains("grades-kept is now instructor")
                .contains("grades-kept at final-exam: +15 min");
    }

    @Test
    void aDisabledAccountIsSignedOutAndRefusedAndATemporaryPasswordMustBeChangedFirst() {
        Assumptions.assumeTrue(browser instanceof ChromeDriver, "the journey runs in Chromium");
        new WebSession(server.baseUrl()).register("grades-vannak", "Vannak Sok", PASSWORD);
        WebSession vannak = signedIn("grades-vannak", PASSWORD);
        assertThat(vannak.get("results.xhtml").status()).isEqualTo(200);

        signInBrowser(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        open("admin/people.xhtml?user=grades-vannak");
        Browser.follow(browser, By.id("roles:disable"));
        assertThat(text(By.id("person-state"))).contains("disabled");

        Page ended = vannak.get("results.xhtml");
        assertThat(ended.uri().getPath()).as("the session ends at the next request").endsWith("login.xhtml");
        assertThat(ended.html().select("#session-ended").text()).contains("signed out");
        Page refused = new WebSession(server.baseUrl()).signIn("grades-vannak", PASSWORD);
        assertThat(refused.html().select(".errors").text()).contains("This account is disabled");
        assertThat(refused.html().select(".user")).isEmpty();
        Page guessed = new WebSession(server.baseUrl()).signIn("grades-vannak", "a wrong guess at it");
        assertThat(guessed.html().select(".errors").text()).as("a wrong password learns nothing").doesNotContain("disabled");

        open("admin/people.xhtml?user=grades-vannak");
        Browser.follow(browser, By.id("roles:enable"));
        Browser.follow(browser, By.id("temporary:set-temporary"));
        String temporary = text(By.cssSelector("#temporary-password code"));
        assertThat(temporary).matches("[a-z2-9-]{19}");
        assertAccessible("a temporary password shown once");
        open("admin/people.xhtml?user=grades-vannak");
        assertThat(browser.findElements(By.id("temporary-password"))).as("shown once").isEmpty();
        assertThat(text(By.id("person-events"))).contains("temporary password").doesNotContain(temporary);

        signInBrowser("grades-vannak", temporary);
        assertThat(browser.getCurrentUrl()).contains("password.xhtml");
        assertThat(text(By.id("temporary"))).contains("temporary password");
        assertAccessible("change a temporary password");
        open("course.xhtml?pack=" + COURSE);
        assertThat(browser.getCurrentUrl()).as("nothing else until it is changed").contains("password.xhtml");
        browser.findElement(By.id("password:current")).sendKeys(temporary);
        browser.findElement(By.id("password:new")).sendKeys("vannak chose this one");
        browser.findElement(By.id("password:repeat")).sendKeys("vannak chose this one");
        Browser.follow(browser, By.id("password:submit"));
        open("course.xhtml?pack=" + COURSE);
        assertThat(browser.getCurrentUrl()).contains("course.xhtml");
        assertThat(new WebSession(server.baseUrl()).signIn("grades-vannak", "vannak chose this one").html().select(".user").text())
                .isEqualTo("Vannak Sok");
    }
}
