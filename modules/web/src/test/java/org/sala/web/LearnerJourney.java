package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Question;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.pack.discovery.PackDiscovery;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.pack.model.PackQuestion;

/**
 * The learner's journey as a person does it, in a real browser against the real WAR on Payara Micro:
 * register, study, mark lessons as studied, review, practise, take the exam against the clock, survive a
 * server restart and a kill -9, two tabs, submitting twice, results with links back to the lessons, and
 * the instructor pages that learners may not open. Each database runs it: see the subclasses.
 */
abstract class LearnerJourney {

    /** The server of the test class running now (classes run one after another). */
    static PayaraMicroServer server;

    private static WebDriver browser;

    /** Registers the server a subclass runs the journey on. */
    static PayaraMicroServer use(PayaraMicroServer running) {
        server = running;
        return running;
    }

    /** The course as installed, read with the pack reader, so the test knows the right answers. */
    private static Pack pack;
    private static Quiz quiz;

    /** The learner these tests study as: registered through the page, like anyone. */
    private static final String LEARNER = "learner-" + Long.toHexString(System.nanoTime());
    private static final String PASSWORD = "mekong river delta 1995";

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.open(Path.of(System.getProperty("sala.it.work")));
        register(LEARNER, "Sokha Chan", PASSWORD);
        pack = PackDiscovery.load(PackDiscovery.onClasspath(LearnerJourney.class.getClassLoader()))
                .pack("cambodian-foreign-policy").orElseThrow();
        quiz = pack.quiz("asean-practice").orElseThrow();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aLearnerReadsTheLessonTakesTheQuizAndSeesAScoreThatSurvivesARestart() throws Exception {
        browser.get(server.baseUrl());
        assertThat(heading()).isEqualTo("Courses");

        follow(By.linkText("Cambodian Foreign Policy"));
        assertThat(heading()).isEqualTo("Cambodian Foreign Policy");

        follow(By.linkText("ASEAN and multilateral memberships"));
        assertThat(heading()).isEqualTo("ASEAN and multilateral memberships");
        assertThat(browser.findElement(By.id("joining-asean-in-1999")).getText()).isEqualTo("Joining ASEAN in 1999");
        assertThat(browser.findElement(By.tagName("article")).getText()).contains("30 April 1999");

        follow(By.linkText(quiz.title()));
        assertThat(heading()).isEqualTo(quiz.title());
        follow(By.xpath("//input[@type='submit' and @value='Start the attempt']"));
        List<PackQuestion> questions = quiz.questions();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(6);
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i).question();
            possible = possible.add(question.points());
            // The first single-choice questions are answered, the second one wrongly; the rest are left blank.
            if (i < 5 && question instanceof SingleChoiceQuestion single) {
                boolean answerRightly = i != 1;
                Choice option = single.choices().stream().filter(choice -> choice.isFullCredit() == answerRightly).findFirst().orElseThrow();
                choose(single.id(), option.text());
                if (answerRightly) {
                    earned = earned.add(single.points());
                }
                if (i == 0) {
                    // Practice mode: the learner checks the answer before going on.
                    follow(By.xpath("//input[@type='submit' and @value='Check']"));
                    assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("Correct");
                    assertThat(browser.findElement(By.className("checked")).getText()).contains("This question is finished.");
                }
            }
            follow(By.xpath("//input[@type='submit' and @value='" + (i == questions.size() - 1 ? "Finish the attempt…" : "Save and next") + "']"));
        }
        assertThat(heading()).startsWith("Submit your answers");
        follow(By.xpath("//input[@type='submit' and @value='Submit all and finish']"));

        assertThat(heading()).startsWith("Your result");
        String score = "You scored " + earned.toPlainString() + " out of " + possible.toPlainString();
        assertThat(browser.findElement(By.id("score")).getText()).startsWith(score);
        List<WebElement> verdicts = browser.findElements(By.className("verdict"));
        assertThat(verdicts).hasSize(questions.size());
        assertThat(verdicts.get(0).getText()).isEqualTo("Correct");
        assertThat(verdicts.get(1).getText()).isEqualTo("Incorrect");
        assertThat(verdicts.get(questions.size() - 1).getText()).isEqualTo("Not answered");
        String anchor = questions.get(1).taughtIn().orElseThrow().anchor();
        assertThat(browser.findElements(By.cssSelector("#to-review a")))
                .anySatisfy(link -> assertThat(link.getAttribute("href")).endsWith("#" + anchor));
        List<String> reviewLinks = browser.findElements(By.cssSelector("#to-review a")).stream().map(link -> link.getAttribute("href")).toList();
        assertThat(reviewLinks).as("each section to review is listed once").doesNotHaveDuplicates();
        assertThat(browser.findElements(By.cssSelector("#questions tbody tr"))).hasSize(questions.size());
        assertThat(browser.findElement(By.id("counts")).getText()).matches("(None|\\d+) right, .* partly right, .* wrong, .* not answered\\.");
        assertThat(browser.findElement(By.id("time-taken")).getText()).matches("Time taken: .*\\d+ min \\d+ s\\.");
        String resultUrl = browser.getCurrentUrl();

        server.restart();

        browser.get(resultUrl);
        assertThat(heading()).as("the session did not survive the restart: sign in again").isEqualTo("Log in");
        signIn(LEARNER, PASSWORD);
        assertThat(browser.getCurrentUrl()).isEqualTo(resultUrl);
        assertThat(browser.findElement(By.id("score")).getText()).startsWith(score);
    }

    @Test
    void everyTypeOfQuestionCanBeAnsweredRightlyInTheBrowser() {
        browser.get(server.baseUrl() + "start.xhtml?pack=cambodian-foreign-policy&quiz=asean-practice");
        startOrContinue();
        BigDecimal possible = BigDecimal.ZERO;
        var types = new java.util.TreeSet<String>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            Question question = pack.question(currentQuestionId()).orElseThrow().question();
            possible = possible.add(question.points());
            types.add(question.getClass().getSimpleName());
            RightAnswers.give(browser, question);
            follow(By.id(i == quiz.questions().size() - 1 ? "answers:finish" : "answers:next"));
        }
        assertThat(types).as("question types in the ASEAN practice quiz").hasSizeGreaterThanOrEqualTo(5);
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("have no answer yet");

        follow(By.xpath("//input[@type='submit' and @value='Submit all and finish']"));

        assertThat(browser.findElement(By.id("score")).getText()).startsWith("You scored " + possible.toPlainString() + " out of "
                + possible.toPlainString());
        assertThat(browser.findElements(By.className("verdict"))).extracting(WebElement::getText).containsOnly("Correct");
    }

    @Test
    void aVisitorMustSignInToTakeAQuizAndALearnerSeesOnlyTheirOwnResultsAndAttempts() {
        browser.get(server.baseUrl() + "start.xhtml?pack=cambodian-foreign-policy&quiz=asean-practice");
        startOrContinue();
        String attemptPage = browser.getCurrentUrl();
        follow(By.id("answers:finish"));
        follow(By.xpath("//input[@type='submit' and @value='Submit all and finish']"));
        String ownResult = browser.getCurrentUrl();
        assertThat(heading()).startsWith("Your result");

        browser.manage().deleteAllCookies();
        browser.get(ownResult);
        assertThat(heading()).as("an anonymous visitor is asked to sign in").isEqualTo("Log in");

        register("other-" + Long.toHexString(System.nanoTime()), "Dara Sok", "tonle sap reverses each year");
        browser.get(ownResult);
        assertThat(heading()).as("another learner's result does not exist for them").isEqualTo("Not found");
        browser.get(attemptPage);
        assertThat(heading()).as("nor does another learner's attempt").isEqualTo("Not found");

        browser.manage().deleteAllCookies();
        browser.get(server.baseUrl());
        signIn(LEARNER, PASSWORD);
    }

    @Test
    void backAfterLogOutOnASharedComputerShowsNothingOfThePreviousLearner() {
        browser.manage().deleteAllCookies();
        browser.get(server.baseUrl());
        signIn(LEARNER, PASSWORD);
        browser.get(server.baseUrl() + "start.xhtml?pack=cambodian-foreign-policy&quiz=asean-practice");
        startOrContinue();
        follow(By.id("answers:finish"));
        follow(By.xpath("//input[@type='submit' and @value='Submit all and finish']"));
        assertThat(heading()).startsWith("Your result");
        String name = browser.findElement(By.className("user")).getText();

        follow(By.id("logout:submit"));
        Browser.nextPage(browser, () -> browser.navigate().back());

        assertThat(heading()).as("Back shows the sign-in page, not the result").isEqualTo("Log in");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(name).doesNotContain("You scored");
        signIn(LEARNER, PASSWORD);
    }

    @Test
    void aLearnerMarksALessonAsStudiedContinuesWhereTheyLeftOffAndReviewsItsQuestions() {
        browser.manage().deleteAllCookies();
        register("studier-" + Long.toHexString(System.nanoTime()), "Chenda Keo", "the kingdom of wonder 1953");
        String course = server.baseUrl() + "course.xhtml?pack=cambodian-foreign-policy";
        browser.get(course);
        assertThat(progressText()).contains("0 of 11 lessons studied").contains("Nothing is due for review");
        assertThat(browser.findElement(By.id("continue")).getText()).startsWith("Start with the first lesson");

        follow(By.linkText("ASEAN and multilateral memberships"));
        follow(By.id("progress:toggle"));
        assertThat(browser.findElement(By.id("progress")).getText()).contains("You marked this lesson as studied.");

        long taught = pack.questions().stream()
                .filter(question -> question.taughtIn().filter(section -> section.lessonId().equals("asean-and-multilateral-memberships")).isPresent())
                .count();
        assertThat(taught).isGreaterThan(1);
        browser.get(course);
        assertThat(progressText()).contains("1 of 11 lessons studied").contains(taught + " questions are due for review.");
        assertThat(browser.findElement(By.id("continue")).getText()).isEqualTo("Continue where you left off: ASEAN and multilateral memberships");
        assertThat(browser.findElement(By.id("course-progress")).getAttribute("value")).isEqualTo("1");

        follow(By.id("review"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(taught + " questions to go");
        Question first = pack.question(currentQuestionId()).orElseThrow().question();
        assertThat(browser.findElements(By.id("right-answer"))).as("no right answer before checking").isEmpty();
        RightAnswers.give(browser, first);
        follow(By.id("review:check"));
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("Correct");
        assertThat(browser.findElement(By.id("right-answer")).getText()).isNotBlank();
        follow(By.id("review:next"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains((taught - 1) + " question");
        assertThat(currentQuestionId()).isNotEqualTo(first.id());

        browser.get(course);
        assertThat(progressText()).as("a question answered rightly is not due again today")
                .contains((taught - 1) + " question" + (taught - 1 == 1 ? " is" : "s are") + " due for review.");

        browser.get(server.baseUrl() + "lesson.xhtml?pack=cambodian-foreign-policy&lesson=asean-and-multilateral-memberships");
        follow(By.partialLinkText("Joining ASEAN in 1999"));
        assertThat(heading()).isEqualTo("Review: Joining ASEAN in 1999");
        String practised = currentQuestionId();
        assertThat(pack.question(practised).orElseThrow().sections()).anySatisfy(section -> assertThat(section.anchor()).isEqualTo("joining-asean-in-1999"));

        browser.manage().deleteAllCookies();
        browser.get(server.baseUrl());
        signIn(LEARNER, PASSWORD);
    }

    @Test
    void flaggedQuestionsAreListedBeforeSubmittingAndWithJavaScriptAnswersAreSavedAsTheyChange() {
        browser.manage().deleteAllCookies();
        register("examinee-" + Long.toHexString(System.nanoTime()), "Vanna Ros", "prey nokor and the delta");
        browser.get(server.baseUrl() + "start.xhtml?pack=cambodian-foreign-policy&quiz=final-exam");
        startOrContinue();
        follow(By.id("answers:flag"));
        assertThat(browser.findElement(By.cssSelector(".steps a.current")).getAttribute("class")).contains("flagged");
        assertThat(browser.findElement(By.id("answers:flag")).getAttribute("value")).isEqualTo("Remove flag");
        follow(By.id("answers:next"));

        if (javaScript()) {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            String shown = browser.findElement(By.id("time-left")).getText();
            wait.until(driver -> !driver.findElement(By.id("time-left")).getText().equals(shown));
            assertThat(browser.findElement(By.id("time-left")).getText()).as("the countdown runs").startsWith("Time left: 4");

            RightAnswers.give(browser, pack.question(currentQuestionId()).orElseThrow().question());
            wait.until(driver -> driver.findElement(By.id("save-state")).getText().startsWith("Saved at"));
            browser.navigate().refresh();
            assertThat(browser.findElement(By.cssSelector(".steps a.current")).getAttribute("class"))
                    .as("saved without pressing a button").contains("answered");
        }

        follow(By.id("answers:finish"));
        String summary = browser.findElement(By.tagName("main")).getText();
        assertThat(summary).contains("1 question is flagged for review.").contains("Question 1: not answered, flagged for review");
        assertThat(browser.findElement(By.id("time-left")).getText()).as("the summary keeps the countdown").startsWith("Time left: 4");
        assertThat(browser.findElement(By.id("back")).getText()).isEqualTo("Back to question 2");
        follow(By.id("back"));
        assertThat(browser.findElement(By.cssSelector(".steps a.current")).getText()).startsWith("2");
        follow(By.id("answers:finish"));
        follow(By.xpath("//input[@type='submit' and @value='Submit all and finish']"));
        assertThat(heading()).startsWith("Your result");
        assertThat(browser.findElement(By.id("pass-verdict")).getText()).isEqualTo("Not passed: the pass mark is 70%.");
        follow(By.id("my-results"));
        assertThat(heading()).isEqualTo("My results");
        assertThat(browser.findElement(By.cssSelector("#my-results tbody tr")).getText()).contains("Cambodian Foreign Policy")
                .contains("Final exam").contains("Not passed");

        browser.manage().deleteAllCookies();
        browser.get(server.baseUrl());
        signIn(LEARNER, PASSWORD);
    }

    /** On a phone-sized window, with a status line wrapped over two lines, typing changes the status: Save stays put. */
    @Test
    void theSaveButtonStaysUnderThePointerWhileTheSaveStatusChanges() {
        org.junit.jupiter.api.Assumptions.assumeTrue(javaScript(), "the status line changes only with JavaScript");
        browser.manage().deleteAllCookies();
        register("phone-" + Long.toHexString(System.nanoTime()), "Sopheap Kim", "rice fields after the rains");
        org.openqa.selenium.Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(380, 800));
        try {
            browser.get(server.baseUrl() + "start.xhtml?pack=cambodian-foreign-policy&quiz=final-exam");
            startOrContinue();
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("var state = document.getElementById('save-state');"
                    + "state.textContent = 'Not saved: the connection dropped. Retrying in a few seconds, your answer is kept here.';"
                    + "state.className = 'save-state errors';");
            assertThat(browser.findElement(By.id("save-state")).getSize().getHeight()).as("the status wraps")
                    .isGreaterThan(browser.findElement(By.id("answers:save")).getSize().getHeight());
            org.openqa.selenium.Point before = browser.findElement(By.id("answers:save")).getLocation();

            RightAnswers.give(browser, pack.question(currentQuestionId()).orElseThrow().question());
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                    driver.findElement(By.id("save-state")).getText().startsWith("Saved at"));

            assertThat(browser.findElement(By.id("answers:save")).getLocation()).as("Save has not moved").isEqualTo(before);
            follow(By.id("answers:save"));
            assertThat(browser.findElement(By.cssSelector(".steps a.current")).getAttribute("class")).contains("answered");
        } finally {
            browser.manage().window().setSize(size);
            browser.manage().deleteAllCookies();
            browser.get(server.baseUrl());
            signIn(LEARNER, PASSWORD);
        }
    }

    @Test
    void instructorPagesRefuseLearnersAndShowAnAdministratorHowQuestionsPerform() {
        String performance = server.baseUrl() + "staff/questions.xhtml?pack=cambodian-foreign-policy&quiz=asean-practice";
        browser.get(performance);
        assertThat(heading()).as("a learner is refused").isEqualTo("Not allowed");

        browser.manage().deleteAllCookies();
        browser.get(performance);
        assertThat(heading()).as("a visitor must sign in").isEqualTo("Log in");
        signIn(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        assertThat(heading()).isEqualTo("Question performance: " + quiz.title());

        browser.get(server.baseUrl() + "start.xhtml?pack=cambodian-foreign-policy&quiz=asean-practice");
        startOrContinue();
        RightAnswers.give(browser, pack.question(currentQuestionId()).orElseThrow().question());
        follow(By.id("answers:finish"));
        follow(By.xpath("//input[@type='submit' and @value='Submit all and finish']"));
        browser.get(performance);
        assertThat(browser.findElement(By.id("quiz-figures")).getText()).containsPattern("\\d+ submitted attempt");
        assertThat(browser.findElements(By.cssSelector("#questions tbody tr"))).hasSizeGreaterThanOrEqualTo(quiz.questions().size());

        browser.manage().deleteAllCookies();
        browser.get(server.baseUrl());
        signIn(LEARNER, PASSWORD);
    }

    @Test
    void registrationExplainsAWeakPasswordAndATakenUsername() {
        browser.manage().deleteAllCookies();
        browser.get(server.baseUrl() + "register.xhtml");
        fillRegistration(LEARNER, "Someone", "short");
        assertThat(browser.findElement(By.id("register")).getText()).as("every problem at once")
                .contains("This username is taken").contains("A password has at least 10 characters.");
        browser.get(server.baseUrl() + "register.xhtml");
        fillRegistration("fresh-" + Long.toHexString(System.nanoTime()), "Someone", "password123");
        assertThat(browser.findElement(By.id("register")).getText()).contains("one of the most common passwords");

        browser.manage().deleteAllCookies();
        browser.get(server.baseUrl());
        signIn(LEARNER, PASSWORD);
    }

    /** On a quiz's start page: starts an attempt, or continues the open one. */
    private static void startOrContinue() {
        By button = By.xpath("//input[@type='submit' and (@value='Start the attempt' or @value='Continue your attempt')]");
        follow(button);
    }

    /** The id of the question the page shows (attempt or review page). */
    private static String currentQuestionId() {
        return browser.findElement(By.cssSelector("fieldset.question")).getAttribute("id").substring("question-".length());
    }

    private static String progressText() {
        return browser.findElement(By.cssSelector("section.progress")).getText();
    }

    private static boolean javaScript() {
        return browser instanceof org.openqa.selenium.chrome.ChromeDriver;
    }

    /** Creates an account through the registration page; the new learner is then signed in. */
    private static void register(String username, String name, String password) {
        browser.get(server.baseUrl() + "register.xhtml");
        fillRegistration(username, name, password);
        assertThat(browser.findElement(By.className("user")).getText()).isEqualTo(name);
    }

    private static void fillRegistration(String username, String name, String password) {
        Browser.fillRegistration(browser, username, name, password);
    }

    /** Signs in on the login page the browser is on, or opens it first. */
    private static void signIn(String username, String password) {
        if (!browser.getCurrentUrl().contains("login.xhtml")) {
            follow(By.linkText("Log in"));
        }
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        follow(By.id("login:submit"));
    }

    @Test
    void anExamAnswerIsSavedBeforeThePageSaysSoSurvivesAKillAndAnOlderTabCannotOverwriteIt() throws Exception {
        browser.get(server.baseUrl() + "start.xhtml?pack=cambodian-foreign-policy&quiz=final-exam");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Time limit: 45 minutes").contains("Pass mark: 70%");
        follow(By.xpath("//input[@type='submit' and @value='Start the attempt']"));
        assertThat(browser.findElement(By.id("time-left")).getText()).startsWith("Time left: 4");
        String questionPage = browser.getCurrentUrl();
        WebElement fieldset = browser.findElement(By.cssSelector("fieldset.question"));
        String questionId = fieldset.getAttribute("id").substring("question-".length());
        String firstTab = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.get(questionPage);
        String secondTab = browser.getWindowHandle();
        browser.switchTo().window(firstTab);
        RightAnswers.give(browser, pack.question(questionId).orElseThrow().question());
        follow(By.xpath("//input[@type='submit' and @value='Save']"));
        assertThat(browser.findElement(By.className("saved")).getText()).isEqualTo("Your answer is saved.");

        long tracesBefore = stackTraceLines();
        browser.switchTo().window(secondTab);
        follow(By.xpath("//input[@type='submit' and @value='Save']"));
        assertThat(browser.findElement(By.className("errors")).getText()).contains("A newer answer to this question was saved already");
        assertThat(stackTraceLines()).as("an older tab's refused save is a normal path: no stack trace in the log").isEqualTo(tracesBefore);
        browser.close();
        browser.switchTo().window(firstTab);

        server.killAndStart();

        browser.get(server.baseUrl() + "start.xhtml?pack=cambodian-foreign-policy&quiz=final-exam");
        signIn(LEARNER, PASSWORD);
        follow(By.xpath("//input[@type='submit' and @value='Continue your attempt']"));
        assertThat(browser.findElement(By.cssSelector(".steps a.current")).getAttribute("class")).contains("answered");
        assertThat(browser.findElement(By.id("time-left")).getText()).startsWith("Time left:");

        follow(By.xpath("//input[@type='submit' and @value='Finish the attempt…']"));
        // The same summary in a second tab, whose button is pressed after the first tab's.
        String summary = browser.getCurrentUrl();
        String summaryTab = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.get(summary);
        String secondSummaryTab = browser.getWindowHandle();
        browser.switchTo().window(summaryTab);
        follow(By.xpath("//input[@type='submit' and @value='Submit all and finish']"));
        assertThat(heading()).startsWith("Your result");
        String result = browser.getCurrentUrl();
        browser.switchTo().window(secondSummaryTab);
        follow(By.xpath("//input[@type='submit' and @value='Submit all and finish']"));
        assertThat(browser.getCurrentUrl()).as("submitting twice grades once: the same result").isEqualTo(result);
        browser.close();
        browser.switchTo().window(summaryTab);
    }

    private static long stackTraceLines() throws java.io.IOException {
        return java.nio.file.Files.readString(server.log()).lines().filter(line -> line.startsWith("\tat ")).count();
    }

    @Test
    void aCourseThatDoesNotExistIsNotFound() {
        browser.get(server.baseUrl() + "course.xhtml?pack=no-such-course");

        assertThat(heading()).isEqualTo("Not found");
    }

    private static void follow(By target) {
        Browser.follow(browser, target);
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** Clicks the option with this label in the question's fieldset, as a learner clicks its text. */
    private static void choose(String questionId, String optionText) {
        WebElement fieldset = browser.findElement(By.id("question-" + questionId));
        fieldset.findElements(By.tagName("label")).stream()
                .filter(label -> label.getText().strip().equals(optionText))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option '" + optionText + "' in question " + questionId))
                .click();
    }
}
