package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sala.web.WebSession.Page;

/**
 * The security suite: access control for every page and action that names an attempt, a result or a
 * user; no answer key in an attempt page or its view state for any question type; hostile text from
 * authors and learners rendered inert and expression language never evaluated; forms without a valid
 * view state refused; security headers on every response; sign-in throttled. Runs over HTTP against the
 * real WAR, with a pack of payloads ({@code src/test/resources/packs/security-probe}) installed beside the course.
 * XML imports (no external entities) and pack archives (zip slip, sizes) are covered where they are read:
 * {@code SafeXmlTest} and the archive tests of the course-pack module.
 */
class SecuritySuiteIT {

    private static final String SCRAPER_TOKEN = "scrape-me-0b7c41d2";

    @RegisterExtension
    static final PayaraMicroServer server = PayaraMicroServer.embedded().withTestPacks().withEnvironment("SALA_METRICS_TOKEN", SCRAPER_TOKEN);

    private static final String PASSWORD = "a quiet walk round the lake";
    private static final String OWNER = "owner-" + Long.toHexString(System.nanoTime());
    private static final String OTHER = "other-" + Long.toHexString(System.nanoTime());
    private static final String EXAM = "start.xhtml?pack=security-probe&quiz=exam";

    /** What no attempt page may contain before the review options allow it: feedback, hints, accepted answers. */
    private static final List<String> KEYS = List.of("FEEDBACK-MARKER", "GENERAL-MARKER", "HINT-MARKER", "ANSWERMARKERSHORT",
            "GAPMARKERTYPED", "424242", "737373");

    @BeforeAll
    static void accounts() {
        assertThat(session().register(OWNER, "Owner", PASSWORD).html().select(".user").text()).isEqualTo("Owner");
        assertThat(session().register(OTHER, "Other", PASSWORD).html().select(".user").text()).isEqualTo("Other");
    }

    private static WebSession session() {
        return new WebSession(server.baseUrl());
    }

    private static WebSession signedIn(String username) {
        WebSession session = session();
        session.signIn(username, PASSWORD);
        return session;
    }

    /** Starts (or continues) the probe exam and returns its first question page. */
    private static Page startExam(WebSession session) {
        Page start = session.get(EXAM);
        return session.submit(start, "start", Map.of(), "start:submit");
    }

    private static String attemptId(Page page) {
        return WebSession.attemptId(page.uri().toString());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        WebSession visitor = session();
        WebSession learner = signedIn(OTHER);
        List<Page> pages = List.of(visitor.get(""), visitor.get("course.xhtml?pack=cambodian-foreign-policy"),
                visitor.get("lesson.xhtml?pack=security-probe&lesson=payloads"), visitor.get("login.xhtml"),
                visitor.get("register.xhtml"), visitor.get("no-such-page.xhtml"),
                visitor.get("jakarta.faces.resource/sala.css.xhtml?ln=sala"), visitor.get("jakarta.faces.resource/sala.js.xhtml?ln=sala"),
                learner.get("staff/questions.xhtml?pack=security-probe"), startExam(learner));

        assertThat(pages).allSatisfy(page -> {
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            String scripts = directive(policy, "script-src");
            assertThat(scripts).as(page.uri() + ": scripts only from the site").isEqualTo("script-src 'self'");
            assertThat(directive(policy, "default-src")).isEqualTo("default-src 'self'");
            assertThat(directive(policy, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
            assertThat(directive(policy, "object-src")).isEqualTo("object-src 'none'");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(page.uri().toString()).contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(page.uri().toString()).contains("same-origin");
        });
        assertThat(pages.get(5).status()).isEqualTo(404);
        assertThat(pages.get(8).status()).isEqualTo(403);
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        return "";
    }

    @Test
    void noPageRunsInlineScriptOrScriptInAttributes() {
        WebSession learner = signedIn(OWNER);
        List<Page> pages = List.of(learner.get(""), learner.get("course.xhtml?pack=security-probe"),
                learner.get("lesson.xhtml?pack=security-probe&lesson=payloads"), learner.get(EXAM), startExam(learner),
                learner.get("review.xhtml?pack=security-probe&lesson=payloads&section=section-svg-onloadalertheading"));

        assertThat(pages).allSatisfy(page -> {
            assertThat(page.status()).as(page.uri().toString()).isEqualTo(200);
            assertThat(page.html().select("script")).as(page.uri() + ": scripts are files").allSatisfy(script -> {
                assertThat(script.attr("src")).isNotBlank();
                assertThat(script.data()).isBlank();
            });
            assertThat(page.html().getAllElements()).as(page.uri() + ": no event handler attributes").allSatisfy(element ->
                    assertThat(element.attributes().asList()).noneSatisfy(attribute ->
                            assertThat(attribute.getKey().toLowerCase(java.util.Locale.ROOT)).startsWith("on")));
            assertThat(page.html().select("[href^=javascript], [src^=javascript], iframe, object, embed, svg"))
                    .as(page.uri() + ": no script links, frames or plugins").isEmpty();
        });
    }

    @Test
    void hostileTextFromAuthorsAndLearnersIsShownAsTextAndExpressionsAreNotEvaluated() {
        WebSession visitor = session();
        Page catalog = visitor.get("");
        assertThat(catalog.html().text()).contains("Security probe <script>alert('pack-title')</script>");

        Page lesson = visitor.get("lesson.xhtml?pack=security-probe&lesson=payloads");
        String text = lesson.html().select("main").text();
        assertThat(text).contains("#{1+1} and ${2+2} and #{request.getSession().invalidate()}");
        assertThat(lesson.html().title()).contains("<script>alert('lesson-title')</script>");
        assertThat(lesson.html().select("main form[action^=http], main input[name=x]")).as("an author's form is dropped").isEmpty();

        String hostileName = "<script>alert('name')</script><img src=x onerror=alert(1)> #{7*7}";
        WebSession learner = session();
        Page registered = learner.register("hostile-" + Long.toHexString(System.nanoTime()), hostileName, PASSWORD);
        assertThat(registered.html().select(".user").text()).isEqualTo(hostileName);
        assertThat(registered.html().select("img[src=x], script:not([src])")).isEmpty();

        Page question = startExam(learner);
        assertThat(question.html().select("main").text()).contains("#{7*7}");
        assertThat(question.html().select("main").text()).contains("<script>alert('prompt-single')</script>")
                .contains("Option <img src=x onerror=alert('option')>");
        assertThat(question.html().select("img, script:not([src])")).as("shown as text, never as elements").isEmpty();
    }

    @Test
    void anotherLearnerAndAVisitorAreRefusedEveryPageThatNamesAnAttemptOrAResult() {
        WebSession owner = signedIn(OWNER);
        Page first = startExam(owner);
        String attempt = attemptId(first);
        List<String> attemptPages = List.of("attempt.xhtml?attempt=" + attempt + "&q=1", "attempt.xhtml?attempt=" + attempt + "&q=3",
                "summary.xhtml?attempt=" + attempt);

        WebSession other = signedIn(OTHER);
        WebSession visitor = session();
        for (String path : attemptPages) {
            Page seenByOther = other.get(path);
            assertThat(seenByOther.status()).as(path + " for another learner").isEqualTo(404);
            assertThat(seenByOther.body()).doesNotContain("Probe exam");
            assertThat(visitor.get(path).heading()).as(path + " for a visitor").isEqualTo("Log in");
        }

        Page summary = owner.get("summary.xhtml?attempt=" + attempt);
        Page result = owner.submit(summary, "summary", Map.of(), "summary:submit");
        assertThat(result.heading()).startsWith("Your result");
        String resultPath = "result.xhtml?attempt=" + attempt;
        assertThat(other.get(resultPath).status()).isEqualTo(404);
        assertThat(visitor.get(resultPath).heading()).isEqualTo("Log in");
        assertThat(session().get("review.xhtml?pack=security-probe").heading()).isEqualTo("Log in");
        assertThat(session().get(EXAM).heading()).isEqualTo("Log in");

        assertThat(other.get("staff/questions.xhtml?pack=security-probe").status()).as("a learner on an instructor page").isEqualTo(403);
        assertThat(visitor.get("staff/questions.xhtml?pack=security-probe").heading()).isEqualTo("Log in");
        WebSession admin = signedIn(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        assertThat(admin.get("staff/questions.xhtml?pack=security-probe").heading()).startsWith("Question performance");
    }

    private static WebSession signedIn(String username, String password) {
        WebSession session = session();
        session.signIn(username, password);
        return session;
    }

    @Test
    void aLearnersFormCannotBeTurnedOnAnotherLearnersAttempt() {
        WebSession owner = signedIn(OWNER);
        String ownersAttempt = attemptId(startExam(owner));
        WebSession other = signedIn(OTHER);
        Page own = startExam(other);
        Element radio = own.html().selectFirst("form#answers input[type=radio]");
        assertThat(radio).as("the first probe question is a single choice").isNotNull();

        Map<String, String> hijack = new HashMap<>();
        hijack.put(radio.attr("name"), radio.attr("value"));
        hijack.put("attempt", ownersAttempt);
        other.submit(own, "answers", hijack, "answers:save");
        other.submit(other.get("summary.xhtml?attempt=" + attemptId(own)), "summary", Map.of("attempt", ownersAttempt), "summary:submit");

        Page ownerView = owner.get("attempt.xhtml?attempt=" + ownersAttempt + "&q=1");
        assertThat(ownerView.heading()).as("the owner's attempt is still open").isEqualTo("Probe exam");
        assertThat(ownerView.html().select(".steps a.answered")).as("and has no answer from anyone else").isEmpty();
    }

    @Test
    void theAttemptPageAndItsViewStateHoldNoAnswerKeyForAnyQuestionType() {
        WebSession learner = signedIn(OWNER);
        Page page = startExam(learner);
        String attempt = attemptId(page);
        var types = new java.util.TreeSet<String>();
        for (int number = 1; number <= 8; number++) {
            Page question = learner.get("attempt.xhtml?attempt=" + attempt + "&q=" + number);
            types.add(question.html().selectFirst("fieldset.question").className().replace("question", "").strip());
            assertThat(KEYS).as("question " + number).allSatisfy(key -> assertThat(question.body()).doesNotContain(key));
            assertThat(question.viewState()).as("the view state stays on the server: the page holds only its id")
                    .matches("-?\\d+:-?\\d+");
        }
        assertThat(types).containsExactlyInAnyOrder("single-choice", "multiple-choice", "true-false", "short-answer", "numeric",
                "matching", "ordering", "cloze");

        Page result = learner.submit(learner.get("summary.xhtml?attempt=" + attempt), "summary", Map.of(), "summary:submit");
        assertThat(result.heading()).startsWith("Your result");
        assertThat(KEYS).as("the exam shows nothing after submitting until it closes")
                .allSatisfy(key -> assertThat(result.body()).doesNotContain(key));
    }

    /**
     * Every option a learner can pick submits its place on the page (o1, o2, ... in the order shown), never
     * the pack's option id, so the page source says nothing about which option is right: checked on the probe
     * exam (every type) and on the course's final exam, whose authors mostly wrote the right option first.
     */
    @Test
    void optionValuesFollowThePageOrderAndNeverNameThePacksOptionIds() {
        WebSession learner = signedIn(OWNER);
        var checked = new java.util.TreeSet<String>();
        for (String exam : List.of(EXAM, "start.xhtml?pack=cambodian-foreign-policy&quiz=final-exam")) {
            Page first = learner.submit(learner.get(exam), "start", Map.of(), "start:submit");
            String attempt = attemptId(first);
            int count = first.html().select(".steps a").size();
            for (int number = 1; number <= count; number++) {
                Page page = learner.get("attempt.xhtml?attempt=" + attempt + "&q=" + number);
                Element fieldset = page.html().selectFirst("fieldset.question");
                String type = fieldset.className().replace("question", "").strip();
                switch (type) {
                    case "single-choice", "multiple-choice" -> {
                        assertThat(fieldset.select("input[type=radio], input[type=checkbox]").eachAttr("value"))
                                .as(exam + " question " + number).isEqualTo(places(fieldset.select("input[type=radio], input[type=checkbox]").size()));
                        checked.add(type);
                    }
                    case "cloze" -> {
                        for (Element menu : fieldset.select("select")) {
                            List<String> values = menu.select("option").eachAttr("value").stream().filter(value -> !value.isEmpty()).toList();
                            assertThat(values).as(exam + " question " + number + " gap menu").isEqualTo(places(values.size()));
                            checked.add("cloze choice gap");
                        }
                    }
                    case "matching" -> {
                        for (Element menu : fieldset.select("select")) {
                            assertThat(menu.select("option")).as(exam + " question " + number + " matching menu").allSatisfy(option ->
                                    assertThat(option.attr("value")).isIn("", option.text()));
                        }
                        checked.add(type);
                    }
                    case "true-false" -> {
                        assertThat(fieldset.select("input[type=radio]").eachAttr("value")).containsExactly("true", "false");
                        checked.add(type);
                    }
                    default -> { }
                }
            }
            learner.submit(learner.get("summary.xhtml?attempt=" + attempt), "summary", Map.of(), "summary:submit");
        }
        assertThat(checked).contains("single-choice", "multiple-choice", "cloze choice gap", "matching", "true-false");
    }

    /** Faces refuses a value its menu never offered; the server's own mapping refuses it too, so nothing is saved either way. */
    @Test
    void aValueThePageNeverOfferedIsRefusedAndNothingIsSaved() {
        WebSession learner = signedIn(OTHER);
        Page page = startExam(learner);
        String attempt = attemptId(page);
        for (String forged : List.of("a", "b", "o99", "true")) {
            Page question = learner.get("attempt.xhtml?attempt=" + attempt + "&q=1");
            Element radio = question.html().selectFirst("form#answers input[type=radio]");
            Page refused = learner.submit(question, "answers", Map.of(radio.attr("name"), forged), "answers:save");
            assertThat(refused.status()).as(forged).isEqualTo(200);
            assertThat(refused.html().select(".steps a.current.answered")).as(forged + ": nothing saved").isEmpty();
        }
        Page result = learner.submit(learner.get("summary.xhtml?attempt=" + attempt), "summary", Map.of(), "summary:submit");
        assertThat(result.heading()).as("the attempt still submits").startsWith("Your result");
    }

    /**
     * The attempt page's script saves through {@code POST /answers}: in the learner's session, with the token
     * only the page carries, from this site only. It answers the saved state and nothing more; whatever it
     * refuses leaves the stored answer as it was.
     */
    @Test
    void theAnswerEndpointSavesOnlyForThisPageFromThisSiteAndAnswersTheSavedStateOnly() {
        WebSession owner = session();
        owner.register("scripted-" + Long.toHexString(System.nanoTime()), "Scripted", PASSWORD);
        String attempt = attemptId(startExam(owner));
        String typedPage = "attempt.xhtml?attempt=" + attempt + "&q=4";
        Page page = owner.get(typedPage);
        String origin = server.baseUrl().replaceAll("/$", "");
        Map<String, String> fromThisSite = Map.of("Origin", origin, "Sec-Fetch-Site", "same-origin");
        List<Map.Entry<String, String>> first = WebSession.answerFields(page, List.of(Map.entry("value", "phnom penh"), Map.entry("certainty", "")));

        Page saved = owner.post("answers", first, fromThisSite);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(saved.headers().firstValue("Cache-Control")).hasValue("no-store");
        long sequence = Long.parseLong(WebSession.answerFields(page, List.of()).stream().filter(field -> field.getKey().equals("sequence"))
                .findFirst().orElseThrow().getValue());
        assertThat(saved.body()).as("the saved state only").matches("\\{\"saved\":true,\"question\":\"[a-z0-9-]+\",\"sequence\":"
                + (sequence + 1) + ",\"answered\":true}");
        assertThat(stored(owner, typedPage)).isEqualTo("phnom penh");

        java.util.function.BiFunction<String, String, List<Map.Entry<String, String>>> with = (name, value) -> first.stream()
                .map(field -> field.getKey().equals(name) ? Map.entry(name, value) : field)
                .map(field -> field.getKey().equals("value") ? Map.entry("value", "changed by " + name) : field).toList();
        Page stale = owner.post("answers", with.apply("sequence", String.valueOf(sequence)), fromThisSite);
        assertThat(stale.status()).as("an older page's save").isEqualTo(409);
        assertThat(stale.body()).contains("\"saved\":false").contains("A newer answer to this question was saved already");
        assertThat(owner.post("answers", with.apply("token", "forged"), fromThisSite).status()).as("a wrong token").isEqualTo(403);
        assertThat(owner.post("answers", first.stream().filter(field -> !field.getKey().equals("token")).toList(), fromThisSite).status())
                .as("no token").isEqualTo(403);
        assertThat(owner.post("answers", with.apply("sequence", "many"), fromThisSite).status()).as("a sequence that is no number").isEqualTo(400);
        assertThat(owner.post("answers", with.apply("question", "no-such-question"), fromThisSite).status()).as("a question not in the attempt").isEqualTo(404);
        assertThat(owner.post("answers", with.apply("certainty", "ABSOLUTE"), fromThisSite).status()).as("a certainty that is none").isEqualTo(400);
        assertThat(owner.post("answers", with.apply("sequence", String.valueOf(sequence + 5)), Map.of("Origin", "https://quiz-helper.example")).status())
                .as("a page of another site").isEqualTo(403);
        assertThat(owner.post("answers", with.apply("sequence", String.valueOf(sequence + 6)), Map.of("Origin", "null")).status())
                .as("a sandboxed frame").isEqualTo(403);
        assertThat(owner.post("answers", with.apply("sequence", String.valueOf(sequence + 7)), Map.of("Sec-Fetch-Site", "cross-site")).status())
                .as("a browser that says the request is cross-site").isEqualTo(403);
        Page visitor = session().post("answers", with.apply("sequence", String.valueOf(sequence + 8)), fromThisSite);
        assertThat(visitor.status()).as("no session").isEqualTo(401);
        assertThat(visitor.body()).contains("signed out");
        WebSession other = signedIn(OTHER);
        assertThat(other.post("answers", with.apply("sequence", String.valueOf(sequence + 9)), fromThisSite).status())
                .as("another learner with the owner's page").isEqualTo(403);
        String othersOwn = WebSession.answerFields(startExam(other), List.of()).stream().filter(field -> field.getKey().equals("token"))
                .findFirst().orElseThrow().getValue();
        assertThat(other.post("answers", with.apply("token", othersOwn), fromThisSite).status())
                .as("another learner with the token of their own attempt").isEqualTo(403);
        Page opened = owner.get("answers");
        assertThat(opened.status()).as("a browser opening the address").isEqualTo(405);
        assertThat(opened.body()).isEqualTo("{\"saved\":false,\"message\":\"POST only.\"}");
        assertThat(stored(owner, typedPage)).as("nothing refused was saved").isEqualTo("phnom penh");

        Page choice = owner.get("attempt.xhtml?attempt=" + attempt + "&q=1");
        Page forged = owner.post("answers", WebSession.answerFields(choice, List.of(Map.entry("value", "o99"))), fromThisSite);
        assertThat(forged.status()).as("a choice the page never offered").isEqualTo(400);
        assertThat(forged.body()).contains("not one of this question's options");
        Page picked = owner.post("answers", WebSession.answerFields(choice, List.of(Map.entry("value", "o2"))), fromThisSite);
        assertThat(picked.status()).isEqualTo(200);
        assertThat(KEYS).allSatisfy(key -> assertThat(picked.body()).doesNotContain(key));
        assertThat(owner.get("attempt.xhtml?attempt=" + attempt + "&q=1").html().select("form#answers input[type=radio][checked]").eachAttr("value"))
                .containsExactly("o2");
    }

    private static String stored(WebSession learner, String page) {
        return learner.get(page).html().selectFirst("form#answers input[type=text]").attr("value");
    }

    private static List<String> places(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(place -> "o" + place).toList();
    }

    @Test
    void withATokenSetMetricsAnswerOnlyTheScraperThatSendsItAndHealthStaysOpen() {
        WebSession stranger = session();
        Page bare = stranger.get("metrics");
        assertThat(bare.status()).isEqualTo(401);
        assertThat(bare.body()).doesNotContain("sala_").doesNotContain("Exception");
        assertThat(stranger.get("metrics", "Authorization", "Bearer not-" + SCRAPER_TOKEN).status()).isEqualTo(401);
        assertThat(stranger.get("metrics", "Authorization", "Bearer " + SCRAPER_TOKEN.substring(1)).status()).isEqualTo(401);
        Page scraped = stranger.get("metrics", "Authorization", "Bearer " + SCRAPER_TOKEN);
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.body()).contains("# TYPE sala_sign_ins_total counter").contains("sala_answer_saves_total{outcome=\"saved\"}");
        assertThat(stranger.get("health/ready").status()).as("probes need no token").isEqualTo(200);
        assertThat(stranger.get("health/live").status()).isEqualTo(200);
        assertThat(stranger.setCookies()).as("no session for a scraper or a probe").isEmpty();
    }

    @Test
    void readingCreatesNoSessionAndEveryCookieSalaSetsIsSameSiteLax() {
        WebSession visitor = session();
        visitor.get("");
        visitor.get("course.xhtml?pack=cambodian-foreign-policy");
        visitor.get("lesson.xhtml?pack=cambodian-foreign-policy&lesson=introduction");
        assertThat(visitor.setCookies()).as("a visitor reading gets no session").isEmpty();

        WebSession learner = signedIn(OWNER);
        Page question = startExam(learner);
        learner.submit(learner.get("attempt.xhtml?attempt=" + attemptId(question) + "&q=4"), "answers", Map.of(), "answers:save");
        learner.submit(learner.get("course.xhtml?pack=security-probe"), "logout", Map.of(), "logout:submit");

        assertThat(learner.setCookies()).as("sign-in, a new session id, the flash cookie of a redirect")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void personalPagesAreNeverStoredAndAreGoneAfterLogOut() {
        WebSession learner = signedIn(OWNER);
        Page exam = startExam(learner);
        String attempt = attemptId(exam);
        Page result = learner.submit(learner.get("summary.xhtml?attempt=" + attempt), "summary", Map.of(), "summary:submit");
        List<Page> personal = List.of(exam, result, learner.get("course.xhtml?pack=security-probe"), learner.get(""));
        assertThat(personal).allSatisfy(page -> assertThat(page.headers().firstValue("Cache-Control")).as(page.uri().toString())
                .contains("no-store"));

        learner.submit(learner.get(""), "logout", Map.of(), "logout:submit");
        Page again = learner.get(result.uri().toString());
        assertThat(again.heading()).isEqualTo("Log in");
        assertThat(again.body()).doesNotContain("Owner");
    }

    @Test
    void aFormWithoutAValidViewStateChangesNothing() {
        WebSession learner = signedIn(OWNER);
        Page page = startExam(learner);
        Element radio = page.html().selectFirst("form#answers input[type=radio]");
        Map<String, String> forged = new HashMap<>();
        forged.put("answers", "answers");
        forged.put(radio.attr("name"), radio.attr("value"));
        forged.put("answers:save", "Save");
        String action = page.html().getElementById("answers").attr("action");

        forged.put("jakarta.faces.ViewState", "123:456");
        Page expired = learner.post(page.uri().resolve(action).toString(), forged);
        assertThat(expired.heading()).isEqualTo("This page has expired");
        assertThat(expired.status()).as("a view state that is not ours is the client's mistake").isEqualTo(400);
        forged.remove("jakarta.faces.ViewState");
        Page withoutState = learner.post(page.uri().resolve(action).toString(), forged);
        assertThat(withoutState.body()).doesNotContain("Your answer is saved.");

        Page again = learner.get(page.uri().toString());
        assertThat(again.html().select(".steps a.current.answered")).as("nothing was saved").isEmpty();
    }

    /** Malformed and made-up parameters: each answers 4xx with a friendly page, and the log gains no stack trace. */
    @Test
    void clientMistakesAnswer4xxWithAFriendlyPageAndLeaveNoStackTraceInTheLog() throws java.io.IOException {
        WebSession learner = signedIn(OTHER);
        String attempt = attemptId(startExam(learner));
        long tracesBefore = stackTraceLines();
        Map<String, Integer> corpus = new java.util.LinkedHashMap<>();
        for (String q : List.of("abc", "0", "-1", "9", "99999999999", "1.5", "%00", "1%20or%201=1")) {
            corpus.put("attempt.xhtml?attempt=" + attempt + "&q=" + q, 404);
        }
        corpus.put("attempt.xhtml?attempt=not-an-id", 404);
        corpus.put("attempt.xhtml?attempt=00000000-0000-0000-0000-000000000000", 404);
        corpus.put("attempt.xhtml", 404);
        corpus.put("summary.xhtml?attempt=zzz", 404);
        corpus.put("result.xhtml?attempt=" + attempt.replace('a', 'b').replace('1', '2'), 404);
        corpus.put("start.xhtml?pack=security-probe&quiz=no-such-quiz", 404);
        corpus.put("start.xhtml?pack=..%2F..%2Fetc&quiz=exam", 404);
        corpus.put("course.xhtml?pack=no-such-pack", 404);
        corpus.put("lesson.xhtml?pack=cambodian-foreign-policy&lesson=no-such-lesson", 404);
        corpus.put("review.xhtml?pack=security-probe&lesson=payloads&section=no-such-section", 404);
        corpus.put("staff/questions.xhtml?pack=security-probe", 403);

        corpus.forEach((path, status) -> {
            Page page = learner.get(path);
            assertThat(page.status()).as(path).isEqualTo(status);
            assertThat(page.heading()).as(path).isIn("Not found", "Not allowed");
            assertThat(page.body()).as(path).doesNotContain("Exception").doesNotContain("at org.");
        });
        Page logoutByGet = learner.get("logout");
        assertThat(logoutByGet.status()).as("GET /logout changes nothing and lands on the catalogue").isEqualTo(200);
        assertThat(logoutByGet.html().select(".user")).as("still signed in").isNotEmpty();
        assertThat(stackTraceLines()).as("stack trace lines logged for client mistakes").isEqualTo(tracesBefore);
    }

    private static long stackTraceLines() throws java.io.IOException {
        return java.nio.file.Files.readString(server.log()).lines().filter(line -> line.startsWith("\tat ")).count();
    }

    @Test
    void redirectsDoNotFollowAHostHeaderTheClientMadeUp() throws Exception {
        WebSession learner = signedIn(OWNER);
        String attempt = attemptId(startExam(learner));
        learner.submit(learner.get("summary.xhtml?attempt=" + attempt), "summary", Map.of(), "summary:submit");
        int port = java.net.URI.create(server.baseUrl()).getPort();

        String response;
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /attempt.xhtml?attempt=" + attempt + " HTTP/1.1\r\nHost: attacker.example\r\nCookie: "
                    + learner.cookieHeader() + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        String location = response.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).findFirst().orElse("");
        assertThat(location).as("a finished attempt's page sends the learner to its result")
                .isEqualToIgnoringCase("Location: /result.xhtml?attempt=" + attempt);
        assertThat(response).doesNotContain("attacker.example");
    }

    @Test
    void formsNameWhatEachFieldHoldsAndLinkEachErrorToItsField() {
        WebSession visitor = session();
        Page login = visitor.get("login.xhtml");
        assertThat(login.html().getElementById("login:username").attr("autocomplete")).isEqualTo("username");
        assertThat(login.html().getElementById("login:password").attr("autocomplete")).isEqualTo("current-password");
        Page register = visitor.get("register.xhtml");
        assertThat(register.html().getElementById("register:displayName").attr("autocomplete")).isEqualTo("name");
        assertThat(register.html().getElementById("register:password").attr("autocomplete")).isEqualTo("new-password");
        assertThat(register.html().getElementById("register:username").hasAttr("aria-invalid")).isFalse();

        Page refused = visitor.submit(register, "register", Map.of("register:username", "", "register:displayName", "Dara",
                "register:password", "", "register:repeatPassword", ""), "register:submit");

        for (String field : List.of("register:username", "register:password")) {
            Element input = refused.html().getElementById(field);
            assertThat(input.attr("aria-invalid")).as(field).isEqualTo("true");
            Element error = refused.html().getElementById(input.attr("aria-describedby"));
            assertThat(error).as(field + " names its error").isNotNull();
            assertThat(error.text()).as(field).isNotBlank();
        }
        assertThat(refused.html().getElementById("register:displayName").hasAttr("aria-invalid")).as("a valid field").isFalse();
    }

    @Test
    void repeatedFailedSignInsAreThrottledEvenWithTheRightPasswordAfterwardsButNotForTheOwnersOwnBrowser() {
        String username = "throttled-" + Long.toHexString(System.nanoTime());
        session().register(username, "Throttled", PASSWORD);
        WebSession ownBrowser = session();
        ownBrowser.signIn(username, PASSWORD);
        ownBrowser.submit(ownBrowser.get(""), "logout", Map.of(), "logout:submit");
        assertThat(ownBrowser.setCookies()).anySatisfy(cookie -> assertThat(cookie).startsWith("sala_device=").contains("HttpOnly"));

        WebSession guesser = session();
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.signIn(username, "wrong guess number " + i).html().select(".errors").text())
                    .contains("do not match");
        }

        Page refused = guesser.signIn(username, PASSWORD);

        assertThat(refused.html().select(".errors").text()).contains("Too many failed sign-ins").contains("15 minutes");
        assertThat(refused.html().select(".user")).isEmpty();
        assertThat(session().signIn(username, PASSWORD).html().select(".user"))
                .as("another new browser at the guesser's address is refused too").isEmpty();
        assertThat(Optional.ofNullable(ownBrowser.signIn(username, PASSWORD).html().selectFirst(".user")).map(Element::text))
                .as("the owner, in the browser they signed in from before, is not locked out by a classmate at the same address")
                .contains("Throttled");
        assertThat(Optional.ofNullable(signedIn(OWNER).get("").html().selectFirst(".user")).map(Element::text))
                .as("other accounts sign in as usual").contains("Owner");
    }
}
