package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Question;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.pack.discovery.PackDiscovery;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.pack.model.PackQuestion;

/**
 * A learner's first visit, in a real browser against the real WAR on Payara Micro: open the catalog,
 * open the course, read the lesson, take the quiz, see the score; the score is still there after the
 * server restarts.
 */
class LearnerJourneyIT {

    @RegisterExtension
    static final PayaraMicroServer server = new PayaraMicroServer();

    private static WebDriver browser;

    /** The course as installed, read with the pack reader, so the test knows the right answers. */
    private static Quiz quiz;

    /** The learner these tests study as: registered through the page, like anyone. */
    private static final String LEARNER = "learner-" + Long.toHexString(System.nanoTime());
    private static final String PASSWORD = "mekong river delta 1995";

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.open(Path.of(System.getProperty("sala.it.work")));
        register(LEARNER, "Sokha Chan", PASSWORD);
        Pack pack = PackDiscovery.load(PackDiscovery.onClasspath(LearnerJourneyIT.class.getClassLoader()))
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
        assertThat(browser.findElements(By.linkText("Review in the lesson")))
                .anySatisfy(link -> assertThat(link.getAttribute("href")).endsWith("#" + anchor));
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
        browser.get(server.baseUrl() + "quiz.xhtml?pack=cambodian-foreign-policy&quiz=asean-practice");
        BigDecimal possible = BigDecimal.ZERO;
        var types = new java.util.TreeSet<String>();
        for (PackQuestion packQuestion : quiz.questions()) {
            Question question = packQuestion.question();
            possible = possible.add(question.points());
            types.add(question.getClass().getSimpleName());
            RightAnswers.give(browser, question);
        }
        assertThat(types).as("question types in the ASEAN practice quiz").hasSizeGreaterThanOrEqualTo(5);

        follow(By.xpath("//input[@type='submit' and @value='Submit answers']"));

        assertThat(browser.findElement(By.id("score")).getText()).startsWith("You scored " + possible.toPlainString() + " out of "
                + possible.toPlainString());
        assertThat(browser.findElements(By.className("verdict"))).extracting(WebElement::getText).containsOnly("Correct");
    }

    @Test
    void aVisitorMustSignInToTakeAQuizAndALearnerSeesOnlyTheirOwnResults() {
        browser.get(server.baseUrl() + "quiz.xhtml?pack=cambodian-foreign-policy&quiz=asean-practice");
        follow(By.xpath("//input[@type='submit' and @value='Submit answers']"));
        String ownResult = browser.getCurrentUrl();
        assertThat(heading()).startsWith("Your result");

        browser.manage().deleteAllCookies();
        browser.get(ownResult);
        assertThat(heading()).as("an anonymous visitor is asked to sign in").isEqualTo("Log in");

        register("other-" + Long.toHexString(System.nanoTime()), "Dara Sok", "tonle sap reverses each year");
        browser.get(ownResult);
        assertThat(heading()).as("another learner's result does not exist for them").isEqualTo("Not found");

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

    /** Creates an account through the registration page; the new learner is then signed in. */
    private static void register(String username, String name, String password) {
        browser.get(server.baseUrl() + "register.xhtml");
        fillRegistration(username, name, password);
        assertThat(browser.findElement(By.className("user")).getText()).isEqualTo(name);
    }

    private static void fillRegistration(String username, String name, String password) {
        browser.findElement(By.id("register:username")).sendKeys(username);
        browser.findElement(By.id("register:displayName")).sendKeys(name);
        browser.findElement(By.id("register:password")).sendKeys(password);
        browser.findElement(By.id("register:repeatPassword")).sendKeys(password);
        follow(By.id("register:submit"));
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
    void anExamAnswerIsSavedBeforeThePageSaysSoSurvivesARestartAndAnOlderTabCannotOverwriteIt() throws Exception {
        browser.get(server.baseUrl() + "start.xhtml?pack=cambodian-foreign-policy&quiz=final-exam");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Time limit: 45 minutes").contains("Pass mark: 70%");
        follow(By.xpath("//input[@type='submit' and @value='Start the attempt']"));
        assertThat(browser.findElement(By.id("time-left")).getText()).startsWith("Time left: 4");
        String questionPage = browser.getCurrentUrl();
        WebElement fieldset = browser.findElement(By.cssSelector("fieldset.question"));
        String questionId = fieldset.getAttribute("id").substring("question-".length());
        Pack pack = PackDiscovery.load(PackDiscovery.onClasspath(LearnerJourneyIT.class.getClassLoader()))
                .pack("cambodian-foreign-policy").orElseThrow();

        String firstTab = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.get(questionPage);
        String secondTab = browser.getWindowHandle();
        browser.switchTo().window(firstTab);
        RightAnswers.give(browser, pack.question(questionId).orElseThrow().question());
        follow(By.xpath("//input[@type='submit' and @value='Save']"));
        assertThat(browser.findElement(By.className("saved")).getText()).isEqualTo("Your answer is saved.");

        browser.switchTo().window(secondTab);
        follow(By.xpath("//input[@type='submit' and @value='Save']"));
        assertThat(browser.findElement(By.className("errors")).getText()).contains("A newer answer to this question was saved already");
        browser.close();
        browser.switchTo().window(firstTab);

        server.restart();

        browser.get(server.baseUrl() + "start.xhtml?pack=cambodian-foreign-policy&quiz=final-exam");
        signIn(LEARNER, PASSWORD);
        follow(By.xpath("//input[@type='submit' and @value='Continue your attempt']"));
        assertThat(browser.findElement(By.cssSelector(".steps a.current")).getAttribute("class")).contains("answered");
        assertThat(browser.findElement(By.id("time-left")).getText()).startsWith("Time left:");

        follow(By.xpath("//input[@type='submit' and @value='Finish the attempt…']"));
        follow(By.xpath("//input[@type='submit' and @value='Submit all and finish']"));
        assertThat(heading()).startsWith("Your result");
        String result = browser.getCurrentUrl();
        browser.navigate().back();
        follow(By.xpath("//input[@type='submit' and @value='Submit all and finish']"));
        assertThat(browser.getCurrentUrl()).as("submitting twice grades once: the same result").isEqualTo(result);
    }

    @Test
    void aCourseThatDoesNotExistIsNotFound() {
        browser.get(server.baseUrl() + "course.xhtml?pack=no-such-course");

        assertThat(heading()).isEqualTo("Not found");
    }

    /**
     * Clicks a link or button once and waits until the next page has replaced this one and finished loading.
     * Chromium may report an error for a click whose page is already unloading; the click happened, so it is
     * never repeated (a second click would land on the next page).
     */
    private static void follow(By target) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(driver -> loaded(driver));
        WebElement page = browser.findElement(By.tagName("html"));
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
        try {
            element.click();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.UnhandledAlertException unloading) {
            // the page was already being replaced
        } catch (org.openqa.selenium.WebDriverException unloading) {
            if (!String.valueOf(unloading.getMessage()).contains("does not belong to the document")) {
                throw unloading;
            }
        }
        wait.until(driver -> replaced(page));
        wait.until(driver -> loaded(driver));
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

    private static boolean loaded(WebDriver driver) {
        try {
            return "complete".equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState"));
        } catch (RuntimeException noScript) {
            return true;
        }
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
