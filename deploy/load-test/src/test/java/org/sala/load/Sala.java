package org.sala.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * What every simulation does with Sala: register (which signs the learner in) or sign in to a seeded account,
 * open the final exam, start it, answer the question shown (as the page's script does, through
 * {@code POST /answers}, or as a browser without JavaScript does, through the Save button), submit. Forms are
 * posted with the inputs the page rendered (Gatling's form check), so the server sees what a real page sends.
 * Settings: {@code -Dsala.url} (default http://localhost:8080).
 */
final class Sala {

    static final String BASE = System.getProperty("sala.url", "http://localhost:8080");
    static final String PASSWORD = "a long load test passphrase";
    private static final AtomicLong LEARNERS = new AtomicLong();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private Sala() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE).acceptHeader("text/html").acceptLanguageHeader("en").disableCaching()
                .userAgentHeader("sala-load-test");
    }

    /** A fresh username for each virtual learner. */
    static Iterator<Map<String, Object>> learners(String kind) {
        return Stream.generate(() -> Map.<String, Object>of("username", kind + "-" + RUN + "-" + LEARNERS.incrementAndGet())).iterator();
    }

    private static CheckBuilder viewState() {
        return css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState");
    }

    /** Registers the learner (PBKDF2 hash) and signs them in (PBKDF2 check): the sign-in of the journey. */
    static ChainBuilder register() {
        return exec(http("open registration").get("/register.xhtml").check(viewState()))
                .exec(http("register and sign in").post("/register.xhtml")
                        .formParam("register", "register")
                        .formParam("register:username", "#{username}")
                        .formParam("register:displayName", "Load learner")
                        .formParam("register:password", PASSWORD)
                        .formParam("register:repeatPassword", PASSWORD)
                        .formParam("register:submit", "Create account")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(css(".user").exists()));
    }

    /**
     * Signs in to an account run.sh seeded in the database ({@code seeded-1} ... {@code seeded-N}, the same
     * password, hashed with few PBKDF2 iterations), so that password hashing does not decide how many learners
     * the server takes; the session variable {@code seeded} is the account's number.
     */
    static ChainBuilder signIn() {
        return exec(http("open sign-in").get("/login.xhtml").check(viewState()))
                .exec(http("sign in").post("/login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:username", "seeded-#{seeded}")
                        .formParam("login:password", PASSWORD)
                        .formParam("login:submit", "Log in")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(css(".user").exists()));
    }

    /** Seeded account numbers 1, 2, 3, ... for the learners' run. */
    static Iterator<Map<String, Object>> seeded() {
        var next = new AtomicLong();
        return Stream.generate(() -> Map.<String, Object>of("seeded", next.incrementAndGet())).iterator();
    }

    /** Opens the final exam's start page and starts (or continues) the attempt: the first question is shown. */
    static ChainBuilder startExam() {
        return exec(http("open the quiz").get("/start.xhtml?pack=cambodian-foreign-policy&quiz=final-exam")
                .check(form("#start").saveAs("startForm"), css("form#start", "action").saveAs("startAction")))
                .exec(http("start the attempt").post("#{startAction}")
                        .formParamMap(session -> with(session.getMap("startForm"), "start:submit", "Start"))
                        .check(currentLocation().saveAs("attemptUrl"))
                        .check(questionPage()));
    }

    /** What a question page must show, and what the next post needs from it. */
    static CheckBuilder[] questionPage() {
        return new CheckBuilder[] {
                form("#answers").saveAs("answersForm"),
                css("form#answers", "action").saveAs("answersAction"),
                css("form#answers input[type=radio]", "name").optional().saveAs("radioName"),
                css("form#answers input[type=radio]", "value").optional().saveAs("radioValue"),
                css("form#answers input[type=checkbox]", "name").optional().saveAs("checkboxName"),
                css("form#answers input[type=checkbox]", "value").optional().saveAs("checkboxValue"),
                css("form#answers input[type=text]", "name").optional().saveAs("textName"),
                css("form#answers", "data-attempt").saveAs("attemptId"),
                css("form#answers", "data-token").saveAs("token"),
                css("form#answers fieldset.question", "data-question").saveAs("questionId"),
                css("form#answers input[name='answers:sequence']", "value").saveAs("sequence"),
        };
    }

    /** The question page's form with an answer filled in (the first option, or "1999" typed) and a button pressed. */
    static Map<String, Object> answered(Session session, String button, String label) {
        Map<String, Object> fields = with(session.getMap("answersForm"), button, label);
        if (session.contains("radioName")) {
            fields.put(session.getString("radioName"), session.getString("radioValue"));
        } else if (session.contains("checkboxName")) {
            fields.put(session.getString("checkboxName"), session.getString("checkboxValue"));
        } else if (session.contains("textName")) {
            fields.put(session.getString("textName"), "1999");
        }
        return fields;
    }

    /**
     * Saves the shown question's answer as the page's script does: {@code POST /answers} with the attempt's
     * token, each save with the next sequence number; the answer is checked to be saved.
     */
    static ChainBuilder saveByScript(String name) {
        return exec(http(name).post("/answers")
                .header("Origin", BASE)
                .formParamMap(Sala::scripted)
                .check(status().is(200), substring("\"saved\":true")))
                .exec(session -> session.set("sequence", String.valueOf(Long.parseLong(session.getString("sequence")) + 1)));
    }

    private static Map<String, Object> scripted(Session session) {
        var fields = new HashMap<String, Object>();
        fields.put("attempt", session.getString("attemptId"));
        fields.put("question", session.getString("questionId"));
        fields.put("sequence", session.getString("sequence"));
        fields.put("token", session.getString("token"));
        fields.put("certainty", "");
        if (session.contains("radioValue")) {
            fields.put("value", session.getString("radioValue"));
        } else if (session.contains("checkboxValue")) {
            fields.put("value", session.getString("checkboxValue"));
        } else if (session.contains("textName")) {
            fields.put("value", "1999");
        }
        return fields;
    }

    /** Opens question {@code #{next}} of the attempt, as the panel's link does after the script saved the answer. */
    static ChainBuilder openQuestion() {
        return exec(session -> session.remove("radioName").remove("radioValue").remove("checkboxName").remove("checkboxValue").remove("textName"))
                .exec(http("open the next question").get("/attempt.xhtml?attempt=#{attemptId}&q=#{next}").check(questionPage()));
    }

    /** Saves the answer and moves to the next question, like the "Save and next" button. */
    static ChainBuilder saveAndNext() {
        return exec(session -> session.remove("radioName").remove("radioValue").remove("checkboxName").remove("checkboxValue"))
                .exec(http("save answer").post("#{answersAction}")
                        .formParamMap(session -> answered(session, "answers:next", "Save and next"))
                        .check(questionPage()));
    }

    /** Finishes, confirms on the summary page and opens the results. */
    static ChainBuilder submit() {
        return exec(http("finish: summary").post("#{answersAction}")
                .formParamMap(session -> {
                    // As the page sends it: the answer in its inputs and the sequence its script moved on.
                    Map<String, Object> fields = answered(session, "answers:finish", "Finish");
                    fields.put("answers:sequence", session.getString("sequence"));
                    return fields;
                })
                .check(form("#summary").saveAs("summaryForm"), css("form#summary", "action").saveAs("summaryAction")))
                .exec(http("submit and open results").post("#{summaryAction}")
                        .formParamMap(session -> with(session.getMap("summaryForm"), "summary:submit", "Submit"))
                        .check(css("#score, .submitted, h1").exists()));
    }

    private static Map<String, Object> with(Map<String, Object> form, String button, String label) {
        var fields = new HashMap<String, Object>(form);
        fields.put(button, label);
        return fields;
    }
}
