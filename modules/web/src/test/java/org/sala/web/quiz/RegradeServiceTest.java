package org.sala.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.response.Response;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.persistence.attempt.AttemptRecord;
import org.sala.web.TestClock;

/** Regrading after a key is corrected: a dry run first, then apply, over attempts kept in memory. */
class RegradeServiceTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

    private AttemptService attempts;
    private ResultService results;
    private InMemoryServices services;
    private RegradeService regrade;
    private InMemoryAccess access;
    private TestClock clock;
    private Pack pack;
    private Quiz exam;

    @BeforeEach
    void wire() {
        services = new InMemoryServices(MONDAY);
        attempts = services.attempts;
        results = services.results;
        regrade = services.regrade;
        access = services.access;
        clock = services.clock;
        pack = services.course();
        exam = pack.quiz("final-exam").orElseThrow();
    }

    private static SingleChoiceQuestion firstSingleChoice(AttemptRecord attempt) {
        return (SingleChoiceQuestion) attempt.attempt().questions().stream().filter(SingleChoiceQuestion.class::isInstance)
                .findFirst().orElseThrow();
    }

    /** The pack is changed and served, as after a restart with the corrected files. */
    private Pack corrected(String questionId) {
        Pack changed = ChangedPacks.withKeyChanged(pack, questionId);
        services.serve(changed);
        return changed;
    }

    @Test
    void aDryRunListsTheNewMarksApplyStoresThemOnceAndTheLearnerSeesTheRegrade() {
        AttemptRecord attempt = attempts.startOrResume("sokha", pack, exam);
        SingleChoiceQuestion question = firstSingleChoice(attempt);
        attempts.save("sokha", attempt.id(), question.id(), new Response.SelectedChoice(ChangedPacks.firstWrongOption(question)), 1,
                Optional.empty());
        AttemptRecord submitted = attempts.submit("sokha", attempt.id());
        AttemptRecord open = attempts.startOrResume("dara", pack, exam);
        Pack changed = corrected(question.id());
        Quiz changedExam = changed.quiz(exam.id()).orElseThrow();

        RegradeService.Plan dryRun = regrade.dryRun(changed, changedExam);

        assertThat(dryRun.questions()).containsExactly(question.id());
        assertThat(dryRun.attempts()).isEqualTo(1);
        assertThat(dryRun.changes()).singleElement().satisfies(change -> {
            assertThat(change.attemptId()).isEqualTo(submitted.id());
            assertThat(change.questions()).singleElement().satisfies(q -> {
                assertThat(q.before().earned()).isEqualByComparingTo("0");
                assertThat(q.after().earned()).isEqualByComparingTo(question.points());
            });
            assertThat(change.after().earned()).isEqualByComparingTo(change.before().earned().add(question.points()));
        });
        assertThat(results.result("sokha", false, submitted.id()).orElseThrow().regrades()).as("a dry run stores nothing").isEmpty();

        clock.advance(Duration.ofHours(1));
        regrade.apply("teacher", changed, changedExam);

        ResultService.Result result = results.result("sokha", false, submitted.id()).orElseThrow();
        assertThat(result.regrades()).singleElement().satisfies(done -> {
            assertThat(done.by()).isEqualTo("teacher");
            assertThat(done.at()).isEqualTo(clock.instant());
            assertThat(done.questionId()).isEqualTo(question.id());
        });
        assertThat(result.attempt().grade().total()).isEqualTo(dryRun.changes().get(0).after());
        assertThat(access.events).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("teacher");
            assertThat(event.action()).isEqualTo("REGRADE");
            assertThat(event.detail()).contains(question.id());
        });
        assertThat(regrade.dryRun(changed, changedExam).isEmpty()).as("nothing left to regrade").isTrue();
        regrade.apply("teacher", changed, changedExam);
        assertThat(results.result("sokha", false, submitted.id()).orElseThrow().regrades()).as("applying again changes nothing").hasSize(1);
        assertThat(access.events).as("and records nothing").hasSize(1);
        assertThat(attempts.show("dara", open.id()).orElseThrow().attempt().attempt().questions())
                .as("an attempt in progress keeps its version").isEqualTo(open.attempt().questions());
    }
}
