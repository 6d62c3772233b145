package org.sala.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.engine.attempt.ReviewItem;
import org.sala.engine.question.Choice;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Correctness;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.Quiz;
import org.sala.persistence.attempt.AttemptRecord;
import org.sala.web.TestClock;

/** Results as learners and staff see them, over attempts kept in memory and a clock the test moves. */
class ResultServiceTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

    private AttemptService attempts;
    private ResultService results;
    private TestClock clock;
    private Pack pack;
    private Quiz exam;

    private InMemoryServices services;

    @BeforeEach
    void wire() {
        services = new InMemoryServices(MONDAY);
        attempts = services.attempts;
        results = services.results;
        clock = services.clock;
        pack = services.course();
        exam = pack.quiz("final-exam").orElseThrow();
    }

    /** Sokha's exam: the first single-choice question answered right, all others left blank, submitted after 12 minutes. */
    private AttemptRecord submittedExam() {
        AttemptRecord attempt = attempts.startOrResume("sokha", pack, exam);
        var question = (SingleChoiceQuestion) attempt.attempt().questions().stream()
                .filter(SingleChoiceQuestion.class::isInstance).findFirst().orElseThrow();
        String right = question.choices().stream().filter(Choice::isFullCredit).map(Choice::id).findFirst().orElseThrow();
        attempts.save("sokha", attempt.id(), question.id(), new Response.SelectedChoice(right), 1, Optional.empty());
        clock.advance(Duration.ofMinutes(12));
        return attempts.submit("sokha", attempt.id());
    }

    @Test
    void aLearnerReachesOnlyTheirOwnResultAndStaffReachEveryOne() {
        AttemptRecord attempt = submittedExam();

        assertThat(results.result("sokha", false, attempt.id())).isPresent();
        assertThat(results.result("dara", false, attempt.id())).isEmpty();
        assertThat(results.result("teacher", true, attempt.id())).isPresent();
    }

    @Test
    void whatALearnerSeesFollowsTheReviewOptionsAtTheMomentTheyLook() {
        AttemptRecord attempt = submittedExam();

        ResultService.Result now = results.result("sokha", false, attempt.id()).orElseThrow();
        assertThat(now.shows(ReviewItem.MARKS)).isTrue();
        assertThat(now.shows(ReviewItem.RIGHT_ANSWER)).as("right answers wait for the exam to close").isFalse();

        clock.advance(Duration.between(clock.instant(), exam.rules().closesAt().orElseThrow()).plusMinutes(1));
        assertThat(results.result("sokha", false, attempt.id()).orElseThrow().shows(ReviewItem.RIGHT_ANSWER)).isTrue();
    }

    @Test
    void aLearnerWithALaterClosingDateSeesWhatAfterCloseShowsOnlyAfterTheirOwnClosingAndAnInstructorSeesEverything() {
        AttemptRecord attempt = submittedExam();
        Instant closes = exam.rules().closesAt().orElseThrow();
        services.accommodations.set(new org.sala.persistence.attempt.LearnerAccommodation("sokha", pack.id(), exam.id(),
                new org.sala.engine.attempt.Accommodation(java.math.BigDecimal.ONE, Duration.ZERO, Optional.of(closes.plus(Duration.ofDays(7))), 1),
                "teacher", MONDAY));

        clock.advance(Duration.between(clock.instant(), closes).plusMinutes(1));
        assertThat(results.result("sokha", false, attempt.id()).orElseThrow().shows(ReviewItem.RIGHT_ANSWER))
                .as("the quiz closed for others, not for sokha, who may still make another attempt").isFalse();
        assertThat(results.submittedBy("sokha")).singleElement().satisfies(line -> assertThat(line.marksShown()).isTrue());
        assertThat(results.result("teacher", packId -> true, attempt.id()).orElseThrow().shows(ReviewItem.RIGHT_ANSWER))
                .as("the instructor's view shows everything").isTrue();
        assertThat(results.result("teacher", packId -> false, attempt.id())).as("not their course").isEmpty();

        clock.advance(Duration.ofDays(7));
        assertThat(results.result("sokha", false, attempt.id()).orElseThrow().shows(ReviewItem.RIGHT_ANSWER)).isTrue();
    }

    @Test
    void theResultCountsTimesAndJudgesByTheEngine() {
        AttemptRecord attempt = submittedExam();

        ResultService.Result result = results.result("sokha", false, attempt.id()).orElseThrow();

        int questions = attempt.attempt().questions().size();
        assertThat(result.counts()).isEqualTo(new ResultService.Counts(1, 0, 0, questions - 1));
        assertThat(result.timeTaken()).contains(Duration.ofMinutes(12));
        assertThat(result.passed()).as("1 of %d questions is below the 70%% pass mark", questions).contains(false);
        assertThat(result.questions()).extracting(ResultService.GradedQuestion::number).startsWith(1, 2, 3);
    }

    @Test
    void eachSectionToReviewIsListedOnceWhateverNumberOfMissedQuestionsItTeaches() {
        AttemptRecord attempt = submittedExam();

        ResultService.Result result = results.result("sokha", false, attempt.id()).orElseThrow();

        var missedSections = result.questions().stream().filter(question -> question.grade().correctness() != Correctness.CORRECT)
                .flatMap(question -> question.authored().flatMap(PackQuestion::taughtIn).stream())
                .map(ref -> ref.lessonId() + "#" + ref.anchor()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        assertThat(result.toReview()).extracting(section -> section.lessonId() + "#" + section.anchor())
                .containsExactlyElementsOf(missedSections);
        assertThat(result.toReview()).allSatisfy(section -> assertThat(section.title()).isNotBlank());
    }

    @Test
    void myResultsListTheLearnersSubmittedAttemptsNewestFirst() {
        AttemptRecord first = submittedExam();
        clock.advance(Duration.ofDays(1));
        AttemptRecord second = submittedExam();

        assertThat(results.submittedBy("sokha")).extracting(line -> line.attempt().id()).containsExactly(second.id(), first.id());
        assertThat(results.submittedBy("sokha")).allSatisfy(line -> assertThat(line.marksShown()).isTrue());
        assertThat(results.submittedBy("dara")).isEmpty();
    }
}
