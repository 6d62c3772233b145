package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sala.web.WebSession.Page;

/**
 * An institution fixes a question's wrong key while a learner is in the middle of an attempt, and restarts
 * Sala with the corrected pack: the attempt under way keeps the question it started with (and is graded by
 * its key), an attempt started afterwards gets the corrected one, and an instructor's regrade (dry run, then
 * apply) gives the first learner the marks the corrected key gives, which their result page then says. On
 * the running server, across a restart.
 */
class PackUpdateIT {

    private static final Path PACKS = writePack("Siem Reap");
    private static final String ADMIN = "regrader";
    private static final String ADMIN_PASSWORD = "the tide turns at kep admin";

    @RegisterExtension
    static final PayaraMicroServer server = PayaraMicroServer.embedded().withPacks(PACKS)
            .withEnvironment("SALA_ADMIN_USER", ADMIN).withEnvironment("SALA_ADMIN_PASSWORD", ADMIN_PASSWORD);

    private static final String PASSWORD = "the tide turns at kep";
    private static final String START = "start.xhtml?pack=pack-update&quiz=capital";

    /** A one-question pack whose short-answer question accepts {@code key}. */
    private static Path writePack(String key) {
        try {
            Path packs = Files.createTempDirectory("sala-pack-update");
            writeFiles(packs.resolve("pack-update"), key);
            return packs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeFiles(Path pack, String key) throws IOException {
        Files.createDirectories(pack.resolve("lessons"));
        Files.writeString(pack.resolve("pack.yaml"), """
                id: pack-update
                title: Pack update
                version: 1.0.0
                language: en
                lessons:
                  - lessons/capital.md
                banks:
                  - bank.yaml
                quizzes:
                  - quiz.yaml
                """);
        Files.writeString(pack.resolve("lessons/capital.md"), """
                ---
                id: capital
                title: The capital
                order: 1
                minutes: 1
                ---
                Cambodia's capital is on the Mekong.
                """);
        Files.writeString(pack.resolve("bank.yaml"), """
                id: capital-bank
                title: Capital
                lesson: capital
                questions:
                  - id: capital-city
                    type: short-answer
                    prompt: Which city is the capital of Cambodia?
                    answers:
                      - text: %s
                """.formatted(key));
        Files.writeString(pack.resolve("quiz.yaml"), """
                id: capital
                title: Capital quiz
                mode: deferred
                attempts: 0
                review:
                  during: none
                  immediately-after: [responses, marks, correctness]
                  later: [responses, marks, correctness]
                  after-close: all
                include: [capital-city]
                """);
    }

    private static Page answerAndSubmit(WebSession learner, Page question, String answer) {
        Element typed = question.html().selectFirst("form#answers input[type=text]");
        Page saved = learner.submit(question, "answers", Map.of(typed.attr("name"), answer), "answers:save");
        assertThat(saved.html().select(".saved").text()).isEqualTo("Your answer is saved.");
        Page summary = learner.submit(saved, "answers", Map.of(), "answers:finish");
        return learner.submit(summary, "summary", Map.of(), "summary:submit");
    }

    @Test
    void anAttemptUnderWayKeepsItsQuestionWhenTheKeyIsFixedANewAttemptGetsTheFixAndARegradeCorrectsTheFirst() throws Exception {
        WebSession early = new WebSession(server.baseUrl());
        String username = "early-" + Long.toHexString(System.nanoTime());
        early.register(username, "Early", PASSWORD);
        Page started = early.submit(early.get(START), "start", Map.of(), "start:submit");
        String attempt = WebSession.attemptId(started.uri().toString());

        writeFiles(PACKS.resolve("pack-update"), "Phnom Penh");
        server.restart();

        early.signIn(username, PASSWORD);
        Page result = answerAndSubmit(early, early.get("attempt.xhtml?attempt=" + attempt + "&q=1"), "Phnom Penh");
        assertThat(result.heading()).startsWith("Your result");
        assertThat(result.html().select("#score").text()).as("graded by the key the attempt started with").isEqualTo("You scored 0 out of 1 (0%).");

        WebSession late = new WebSession(server.baseUrl());
        late.register("late-" + Long.toHexString(System.nanoTime()), "Late", PASSWORD);
        Page lateResult = answerAndSubmit(late, late.submit(late.get(START), "start", Map.of(), "start:submit"), "Phnom Penh");
        assertThat(lateResult.html().select("#score").text()).as("a new attempt gets the fixed question").isEqualTo("You scored 1 out of 1 (100%).");

        WebSession instructor = new WebSession(server.baseUrl());
        instructor.signIn(ADMIN, ADMIN_PASSWORD);
        Page dryRun = instructor.get("edit/regrade.xhtml?pack=pack-update&quiz=capital");
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.html().select("#regrade-plan").text()).contains("1 submitted attempt holds an older version of 1 question");
        assertThat(dryRun.html().select("#changes tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains(username).contains("0 / 1").contains("1 / 1"));
        assertThat(early.get("result.xhtml?attempt=" + attempt).html().select("#score").text()).as("a dry run changes nothing")
                .isEqualTo("You scored 0 out of 1 (0%).");

        assertThat(instructor.get("staff/questions.xhtml?pack=pack-update&quiz=capital").html().select("#by-version tbody tr"))
                .as("the question's two versions analysed apart").hasSize(2)
                .allSatisfy(row -> assertThat(row.text()).matches("capital-city@[0-9a-f]{8} .*"));

        Page applied = instructor.submit(dryRun, "regrade", Map.of(), "regrade:apply");
        assertThat(applied.html().select(".saved").text()).as(applied.uri() + " " + applied.html().select("main").text()).isEqualTo("Regraded: 1 attempt brought up to date, 1 with new marks.");
        assertThat(applied.html().select("#nothing-to-regrade")).as("nothing left to regrade").hasSize(1);

        assertThat(instructor.get("staff/questions.xhtml?pack=pack-update&quiz=capital").html().select("#by-version"))
                .as("after the regrade every attempt holds the corrected version").isEmpty();

        Page regraded = early.get("result.xhtml?attempt=" + attempt);
        assertThat(regraded.html().select("#score").text()).isEqualTo("You scored 1 out of 1 (100%).");
        assertThat(regraded.html().select("#regrades li").text()).startsWith("Regraded on ").contains("question 1 now has 1 of 1 marks (before: 0)");

        Page gift = instructor.get("staff/export?pack=pack-update&format=gift");
        assertThat(gift.status()).isEqualTo(200);
        assertThat(gift.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"pack-update.gift\"");
        assertThat(gift.body()).contains("Which city is the capital of Cambodia?").contains("Phnom Penh").doesNotContain("Siem Reap");
        assertThat(instructor.get("staff/export?pack=pack-update&bank=capital-bank&format=moodle-xml").body()).contains("<quiz>");
        Page unknownFormat = instructor.get("staff/export?pack=pack-update&format=docx");
        assertThat(unknownFormat.status()).isEqualTo(400);
        assertThat(unknownFormat.body().strip()).isEqualTo("unknown format 'docx'; known formats are gift, moodle-xml, qti");
        assertThat(instructor.get("staff/export?pack=no-such-pack&format=gift").status()).isEqualTo(404);

        Page editors = instructor.get("admin/editors.xhtml");
        assertThat(editors.html().select("#audit tbody tr").text()).as("the regrade is in the audit list").contains("regraded 1 attempt(s) of capital");
        Page refused = instructor.submit(editors, "editors", Map.of("editors:username", "nobody-here", "editors:course", "pack-update"),
                "editors:grant");
        assertThat(refused.html().select("#editors\\:username-error").text()).isEqualTo("There is no account with this username.");
        Page granted = instructor.submit(instructor.get("admin/editors.xhtml"), "editors",
                Map.of("editors:username", username, "editors:course", "pack-update"), "editors:grant");
        assertThat(granted.html().select(".saved").text()).isEqualTo(username + " may now edit Pack update.");
        assertThat(granted.html().select("#editors-table tbody tr")).singleElement().satisfies(row -> assertThat(row.text()).contains(username));
        assertThat(granted.html().select("#audit tbody tr").first().text()).contains(username + " may edit pack-update");

        WebSession learner = new WebSession(server.baseUrl());
        learner.register("curious-" + Long.toHexString(System.nanoTime()), "Curious", PASSWORD);
        assertThat(learner.get("edit/regrade.xhtml?pack=pack-update&quiz=capital").status()).as("learners may not regrade").isEqualTo(403);
        assertThat(learner.get("admin/editors.xhtml").status()).as("nor give rights").isEqualTo(403);
        assertThat(learner.get("staff/export?pack=pack-update&format=gift").status()).as("nor download the answer keys").isEqualTo(403);
    }
}
