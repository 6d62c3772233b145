package org.sala.engine.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sala.engine.Questions;
import org.sala.engine.attempt.Refusal.Reason;
import org.sala.engine.question.Question;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Certainty;
import org.sala.engine.scoring.Correctness;
import org.sala.engine.scoring.Score;

class AttemptsTest {

    private static final Instant START = Instant.parse("2026-11-28T09:00:00Z");
    private static final List<Question> QUESTIONS = List.of(Questions.aseanEntry(), Questions.apec());
    private static final QuizRules EXAM = QuizRules.exam(Duration.ofMinutes(45), 2, new BigDecimal("70"))
            .withGracePeriod(Duration.ofMinutes(5));
    private static final Response RIGHT = new Response.SelectedChoice("b");
    private static final Response WRONG = new Response.SelectedChoice("a");

    private static Instant at(int minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    private static Attempt started(QuizRules rules) {
        return Attempts.start("attempt-1", rules, List.of(), QUESTIONS, START);
    }

    private static Attempt saved(Attempt attempt, QuizRules rules, String questionId, Response response, long sequence, int minute) {
        Change change = Attempts.save(attempt, rules, questionId, response, sequence, Optional.empty(), at(minute));
        assertThat(change).isInstanceOf(Change.Done.class);
        return change.attempt();
    }

    private static Reason refusal(Change change) {
        assertThat(change).isInstanceOf(Change.Refused.class);
        return ((Change.Refused) change).refusal().reason();
    }

    @Test
    void aNewAttemptIsInProgressWithEveryQuestionBlank() {
        Attempt attempt = started(EXAM);

        assertThat(attempt.state()).isEqualTo(AttemptState.IN_PROGRESS);
        assertThat(attempt.number()).isEqualTo(1);
        assertThat(attempt.questionStates().values()).containsOnly(QuestionState.BLANK);
        assertThat(Attempts.timeLeft(attempt, EXAM, at(10))).contains(Duration.ofMinutes(35));
    }

    @Test
    void submittingGradesTheSavedResponses() {
        Attempt attempt = saved(started(EXAM), EXAM, "asean-entry", RIGHT, 1, 5);

        Attempt submitted = Attempts.submit(attempt, EXAM, at(20));

        assertThat(submitted.state()).isEqualTo(AttemptState.SUBMITTED);
        AttemptResult result = submitted.result().orElseThrow();
        assertThat(result.grade().total()).isEqualTo(Score.of("2", "3"));
        assertThat(result.finishedAt()).isEqualTo(at(20));
        assertThat(result.finishedBy()).isEqualTo(AttemptResult.FinishedBy.LEARNER);
    }

    @Test
    void submittingTwiceGradesOnce() {
        Attempt once = Attempts.submit(saved(started(EXAM), EXAM, "apec", new Response.TrueOrFalse(false), 1, 1), EXAM, at(2));

        Attempt twice = Attempts.submit(once, EXAM, at(30));

        assertThat(twice).isEqualTo(once);
    }

    @Test
    void aLaterSaveReplacesAnEarlierOne() {
        Attempt attempt = saved(saved(started(EXAM), EXAM, "asean-entry", WRONG, 1, 1), EXAM, "asean-entry", RIGHT, 2, 2);

        assertThat(attempt.state("asean-entry").response()).isEqualTo(RIGHT);
        assertThat(attempt.state("asean-entry").savedAt()).contains(at(2));
    }

    @Test
    void aStaleSaveIsRefusedAndChangesNothing() {
        Attempt attempt = saved(started(EXAM), EXAM, "asean-entry", RIGHT, 5, 1);

        Change stale = Attempts.save(attempt, EXAM, "asean-entry", WRONG, 4, Optional.empty(), at(2));

        assertThat(refusal(stale)).isEqualTo(Reason.STALE_SAVE);
        assertThat(stale.attempt().state("asean-entry").response()).isEqualTo(RIGHT);
    }

    @Test
    void theSameSaveSentTwiceIsHarmlessButTheSameSequenceWithAnotherAnswerIsRefused() {
        Attempt attempt = saved(started(EXAM), EXAM, "asean-entry", RIGHT, 3, 1);

        assertThat(Attempts.save(attempt, EXAM, "asean-entry", RIGHT, 3, Optional.empty(), at(2))).isInstanceOf(Change.Done.class);
        assertThat(refusal(Attempts.save(attempt, EXAM, "asean-entry", WRONG, 3, Optional.empty(), at(2)))).isEqualTo(Reason.STALE_SAVE);
    }

    @Test
    void savingAnAnswerToAQuestionTheAttemptDoesNotHoldIsAnError() {
        assertThatThrownBy(() -> Attempts.save(started(EXAM), EXAM, "nope", RIGHT, 1, Optional.empty(), at(1)))
                .hasMessageContaining("no question 'nope'");
    }

    @Test
    void afterTheDeadlineTheAttemptIsOverdueAndAnswersCanNoLongerChange() {
        Attempt attempt = saved(started(EXAM), EXAM, "asean-entry", RIGHT, 1, 44);

        Change late = Attempts.save(attempt, EXAM, "apec", new Response.TrueOrFalse(false), 1, Optional.empty(), at(46));

        assertThat(refusal(late)).isEqualTo(Reason.TIME_UP);
        assertThat(late.attempt().state()).isEqualTo(AttemptState.OVERDUE);
    }

    @Test
    void anOverdueAttemptCanBeSubmittedDuringTheGracePeriod() {
        Attempt attempt = saved(started(EXAM), EXAM, "asean-entry", RIGHT, 1, 44);

        Attempt submitted = Attempts.submit(attempt, EXAM, at(49));

        assertThat(submitted.result().orElseThrow().finishedBy()).isEqualTo(AttemptResult.FinishedBy.LEARNER);
        assertThat(submitted.result().orElseThrow().grade().total()).isEqualTo(Score.of("2", "3"));
    }

    @Test
    void afterTheGracePeriodTheAttemptIsFinishedWithItsLastSavedResponses() {
        Attempt attempt = saved(saved(started(EXAM), EXAM, "asean-entry", WRONG, 1, 10), EXAM, "asean-entry", RIGHT, 2, 40);

        Attempt later = Attempts.advance(attempt, EXAM, at(24 * 60));

        assertThat(later.state()).isEqualTo(AttemptState.SUBMITTED);
        AttemptResult result = later.result().orElseThrow();
        assertThat(result.finishedBy()).isEqualTo(AttemptResult.FinishedBy.TIME);
        assertThat(result.finishedAt()).isEqualTo(at(50));
        assertThat(result.grade().questions().get(0).correctness()).isEqualTo(Correctness.CORRECT);
    }

    @Test
    void submittingAfterTheGracePeriodGivesTheResultTimeAlreadyGave() {
        Attempt attempt = saved(started(EXAM), EXAM, "asean-entry", RIGHT, 1, 10);

        Attempt submitted = Attempts.submit(attempt, EXAM, at(120));

        assertThat(submitted).isEqualTo(Attempts.advance(attempt, EXAM, at(51)));
        assertThat(submitted.result().orElseThrow().finishedAt()).isEqualTo(at(50));
    }

    @Test
    void theQuizClosingShortensTheDeadline() {
        QuizRules closing = EXAM.withWindow(null, at(30));

        assertThat(Attempts.deadline(started(closing), closing)).contains(at(30));
    }

    @Test
    void anAbandonedAttemptIsNeverGradedNorSubmitted() {
        Attempt abandoned = Attempts.abandon(started(EXAM), EXAM, at(3));

        assertThat(abandoned.state()).isEqualTo(AttemptState.ABANDONED);
        assertThat(abandoned.result()).isEmpty();
        assertThatThrownBy(() -> Attempts.submit(abandoned, EXAM, at(4))).isInstanceOf(IllegalStateException.class);
        assertThat(refusal(Attempts.save(abandoned, EXAM, "apec", WRONG, 1, Optional.empty(), at(4)))).isEqualTo(Reason.ATTEMPT_CLOSED);
    }

    @Test
    void attemptsAllowedAndTheDelayBetweenThemAreEnforced() {
        QuizRules rules = EXAM.withDelayBetweenAttempts(Duration.ofHours(1));
        Attempt first = Attempts.submit(started(rules), rules, at(10));

        assertThat(Attempts.mayStart(rules, List.of(first), at(30))).map(Refusal::reason).contains(Reason.TOO_SOON);
        Attempt second = Attempts.submit(Attempts.start("attempt-2", rules, List.of(first), QUESTIONS, at(70)), rules, at(80));
        assertThat(second.number()).isEqualTo(2);
        assertThat(Attempts.mayStart(rules, List.of(first, second), at(500))).map(Refusal::reason).contains(Reason.NO_ATTEMPTS_LEFT);
    }

    @Test
    void attemptsLeftCountSubmittedAttemptsIncludingThoseTimeFinished() {
        Attempt first = Attempts.submit(started(EXAM), EXAM, at(10));
        Attempt forgotten = Attempts.start("attempt-2", EXAM, List.of(first), QUESTIONS, at(20));

        assertThat(Attempts.attemptsLeft(EXAM, List.of(), at(0))).hasValue(2);
        assertThat(Attempts.attemptsLeft(EXAM, List.of(first, forgotten), at(30))).hasValue(1);
        assertThat(Attempts.attemptsLeft(EXAM, List.of(first, forgotten), at(20 + 45 + 60))).hasValue(0);
        assertThat(Attempts.attemptsLeft(QuizRules.practice(), List.of(first), at(30))).isEmpty();
    }

    @Test
    void triesLeftFallAsAnswersAreCheckedAndNeverBelowZero() {
        QuizRules practice = QuizRules.practice();
        Attempt attempt = saved(started(practice), practice, "asean-entry", WRONG, 1, 1);
        int allowed = practice.triesAllowed();

        assertThat(Attempts.triesLeft(practice, attempt.state("asean-entry"))).isEqualTo(allowed);
        for (int i = 0; i < allowed + 1; i++) {
            attempt = Attempts.check(attempt, practice, "asean-entry", at(2 + i)).attempt();
        }
        assertThat(Attempts.triesLeft(practice, attempt.state("asean-entry"))).isZero();
    }

    @Test
    void aHintFollowsAWrongCheckWhileTriesAreLeftAndNeverARightOne() {
        QuizRules practice = QuizRules.practice();
        Question question = Questions.aseanEntry();
        Attempt attempt = saved(started(practice), practice, "asean-entry", WRONG, 1, 1);
        assertThat(Attempts.hint(practice, question, attempt.state("asean-entry"))).as("before any check").isEmpty();

        attempt = Attempts.check(attempt, practice, "asean-entry", at(2)).attempt();
        assertThat(Attempts.hint(practice, question, attempt.state("asean-entry"))).contains("A hint.");
        assertThat(Attempts.hint(EXAM, question, attempt.state("asean-entry"))).as("not interactive").isEmpty();

        attempt = Attempts.check(saved(attempt, practice, "asean-entry", RIGHT, 2, 3), practice, "asean-entry", at(4)).attempt();
        assertThat(Attempts.hint(practice, question, attempt.state("asean-entry"))).as("after the right answer").isEmpty();
    }

    @Test
    void aRegradeGradesTheStoredResponsesByTheNewKeyAndKeepsWhenTheAttemptFinished() {
        Attempt submitted = Attempts.submit(saved(started(EXAM), EXAM, "asean-entry", WRONG, 1, 1), EXAM, at(10));
        var original = Questions.aseanEntry();
        Question fixed = new org.sala.engine.question.SingleChoiceQuestion(original.basics(), original.choices().stream()
                .map(choice -> choice.id().equals("a") ? org.sala.engine.question.Choice.right("a", choice.text(), "") : choice).toList(),
                original.shuffle());

        Attempt regraded = Attempts.regrade(submitted, EXAM, java.util.Map.of("asean-entry", fixed));

        AttemptResult before = submitted.result().orElseThrow();
        AttemptResult after = regraded.result().orElseThrow();
        assertThat(before.grade().questions().get(0).score()).isEqualTo(Score.of("0", "2"));
        assertThat(after.grade().questions().get(0).score()).isEqualTo(Score.of("2", "2"));
        assertThat(after.finishedAt()).isEqualTo(before.finishedAt());
        assertThat(after.finishedBy()).isEqualTo(before.finishedBy());
        assertThat(regraded.questions()).contains(fixed);
        assertThat(Attempts.regrade(submitted, EXAM, java.util.Map.of())).as("nothing replaced, nothing changed").isEqualTo(submitted);
        assertThat(Attempts.regrade(regraded, EXAM, java.util.Map.of("asean-entry", fixed))).as("idempotent").isEqualTo(regraded);
        assertThatThrownBy(() -> Attempts.regrade(started(EXAM), EXAM, java.util.Map.of("asean-entry", fixed)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRegradeOfACheckedPracticeAnswerKeepsThePenaltyOfItsTries() {
        QuizRules practice = QuizRules.practice();
        Attempt attempt = saved(started(practice), practice, "asean-entry", WRONG, 1, 1);
        attempt = Attempts.check(attempt, practice, "asean-entry", at(2)).attempt();
        attempt = Attempts.check(saved(attempt, practice, "asean-entry", WRONG, 2, 3), practice, "asean-entry", at(4)).attempt();
        Attempt submitted = Attempts.submit(attempt, practice, at(5));
        var original = Questions.aseanEntry();
        Question fixed = new org.sala.engine.question.SingleChoiceQuestion(original.basics(), original.choices().stream()
                .map(choice -> choice.id().equals("a") ? org.sala.engine.question.Choice.right("a", choice.text(), "") : choice).toList(),
                original.shuffle());

        Attempt regraded = Attempts.regrade(submitted, practice, java.util.Map.of("asean-entry", fixed));

        assertThat(regraded.result().orElseThrow().grade().questions().get(0).score())
                .as("right at the second try: one penalty").isEqualTo(Score.of("1.8", "2"));
    }

    @Test
    void aQuizCanOnlyBeStartedWhileOpenAndWithNoOtherAttemptOpen() {
        QuizRules window = EXAM.withWindow(at(60), at(120));

        assertThat(Attempts.mayStart(window, List.of(), at(0))).map(Refusal::reason).contains(Reason.NOT_OPEN_YET);
        assertThat(Attempts.mayStart(window, List.of(), at(120))).map(Refusal::reason).contains(Reason.QUIZ_CLOSED);
        assertThat(Attempts.mayStart(EXAM, List.of(started(EXAM)), at(10))).map(Refusal::reason).contains(Reason.ATTEMPT_OPEN);
        assertThatThrownBy(() -> Attempts.start("x", window, List.of(), QUESTIONS, at(0))).hasMessageContaining("opens at");
    }

    @Test
    void theGradingMethodCombinesSubmittedAttemptsOnly() {
        Attempt first = Attempts.submit(saved(started(EXAM), EXAM, "asean-entry", RIGHT, 1, 1), EXAM, at(2));
        Attempt second = Attempts.submit(Attempts.start("attempt-2", EXAM, List.of(first), QUESTIONS, at(3)), EXAM, at(4));
        var attempts = List.of(first, second);

        assertThat(Attempts.quizGrade(EXAM.withGradingMethod(GradingMethod.HIGHEST), attempts))
                .hasValueSatisfying(percent -> assertThat(percent).isEqualByComparingTo("66.67"));
        assertThat(Attempts.quizGrade(EXAM.withGradingMethod(GradingMethod.AVERAGE), attempts))
                .hasValueSatisfying(percent -> assertThat(percent).isEqualByComparingTo("33.335"));
        assertThat(Attempts.quizGrade(EXAM.withGradingMethod(GradingMethod.FIRST), attempts))
                .hasValueSatisfying(percent -> assertThat(percent).isEqualByComparingTo("66.67"));
        assertThat(Attempts.quizGrade(EXAM.withGradingMethod(GradingMethod.LAST), attempts))
                .hasValueSatisfying(percent -> assertThat(percent).isEqualByComparingTo("0"));
        assertThat(Attempts.quizGrade(EXAM, List.of(started(EXAM)))).isEmpty();
        assertThat(EXAM.passes(new BigDecimal("70"))).isTrue();
        assertThat(EXAM.passes(new BigDecimal("69.99"))).isFalse();
    }

    @Test
    void interactiveTriesCostThePenaltyAndARightAnswerFinishesTheQuestion() {
        QuizRules practice = QuizRules.practice();
        Attempt attempt = saved(started(practice), practice, "asean-entry", WRONG, 1, 1);

        Attempt checkedWrong = Attempts.check(attempt, practice, "asean-entry", at(2)).attempt();
        assertThat(checkedWrong.state("asean-entry").finished()).isFalse();
        Attempt retried = saved(checkedWrong, practice, "asean-entry", RIGHT, 2, 3);
        Attempt checkedRight = Attempts.check(retried, practice, "asean-entry", at(4)).attempt();

        QuestionState state = checkedRight.state("asean-entry");
        assertThat(state.finished()).isTrue();
        assertThat(state.tries()).isEqualTo(2);
        assertThat(state.checked().orElseThrow().score()).isEqualTo(Score.of("1.8", "2"));
        assertThat(refusal(Attempts.save(checkedRight, practice, "asean-entry", WRONG, 3, Optional.empty(), at(5))))
                .isEqualTo(Reason.QUESTION_FINISHED);
        assertThat(Attempts.submit(checkedRight, practice, at(6)).result().orElseThrow().grade().questions().get(0).score())
                .isEqualTo(Score.of("1.8", "2"));
    }

    @Test
    void anUncheckedInteractiveAnswerCountsAsOneMoreTryAtSubmission() {
        QuizRules practice = QuizRules.practice();
        Attempt attempt = saved(started(practice), practice, "asean-entry", WRONG, 1, 1);
        attempt = saved(Attempts.check(attempt, practice, "asean-entry", at(2)).attempt(), practice, "asean-entry", RIGHT, 2, 3);

        AttemptResult result = Attempts.submit(attempt, practice, at(4)).result().orElseThrow();

        assertThat(result.grade().questions().get(0).score()).isEqualTo(Score.of("1.8", "2"));
    }

    @Test
    void interactiveQuestionsFinishWhenTriesRunOut() {
        QuizRules practice = QuizRules.practice();
        Attempt attempt = saved(started(practice), practice, "asean-entry", WRONG, 1, 1);
        for (int i = 0; i < 3; i++) {
            attempt = Attempts.check(attempt, practice, "asean-entry", at(2 + i)).attempt();
        }

        assertThat(attempt.state("asean-entry").finished()).isTrue();
        assertThat(refusal(Attempts.check(attempt, practice, "asean-entry", at(9)))).isEqualTo(Reason.QUESTION_FINISHED);
    }

    @Test
    void checkingIsForInteractiveModeAndNeedsAnAnswer() {
        assertThat(refusal(Attempts.check(started(EXAM), EXAM, "apec", at(1)))).isEqualTo(Reason.NOT_INTERACTIVE);
        QuizRules practice = QuizRules.practice();
        assertThat(refusal(Attempts.check(started(practice), practice, "apec", at(1)))).isEqualTo(Reason.NOTHING_TO_CHECK);
    }

    @Test
    void certaintyBasedMarksAreTotalledWithUnstatedCertaintyTakenAsLow() {
        QuizRules cbm = EXAM.withMarking(false, true);
        Attempt attempt = Attempts.save(started(cbm), cbm, "asean-entry", RIGHT, 1, Optional.of(Certainty.HIGH), at(1)).attempt();
        attempt = Attempts.save(attempt, cbm, "apec", new Response.TrueOrFalse(true), 1, Optional.empty(), at(2)).attempt();

        AttemptResult result = Attempts.submit(attempt, cbm, at(3)).result().orElseThrow();

        // asean-entry right at C=3: 3 x 2 points = 6; apec wrong at C=1 (assumed): 0.
        assertThat(result.certaintyMarks()).hasValueSatisfying(marks -> assertThat(marks).isEqualByComparingTo("6"));
        assertThat(Attempts.submit(attempt, EXAM, at(3)).result().orElseThrow().certaintyMarks()).isEmpty();
    }

    @Test
    void reviewOptionsDependOnWhenTheLearnerLooks() {
        QuizRules closing = EXAM.withWindow(null, at(24 * 60));
        Attempt submitted = Attempts.submit(started(closing), closing, at(10));

        assertThat(Attempts.review(started(closing), closing, at(5))).isEmpty();
        assertThat(Attempts.reviewTime(submitted, closing, at(11))).isEqualTo(ReviewTime.IMMEDIATELY_AFTER);
        assertThat(Attempts.review(submitted, closing, at(11))).contains(ReviewItem.MARKS).doesNotContain(ReviewItem.RIGHT_ANSWER);
        assertThat(Attempts.reviewTime(submitted, closing, at(60))).isEqualTo(ReviewTime.LATER_WHILE_OPEN);
        assertThat(Attempts.review(submitted, closing, at(24 * 60))).contains(ReviewItem.RIGHT_ANSWER);
    }

    @Test
    void aScorePassesWhenItsPercentageReachesThePassMarkAndAQuizWithoutOneHasNoVerdict() {
        QuizRules rules = QuizRules.exam(java.time.Duration.ofMinutes(45), 0, new BigDecimal("70"));
        assertThat(Attempts.passed(rules, org.sala.engine.scoring.Score.of("7", "10"))).contains(true);
        assertThat(Attempts.passed(rules, org.sala.engine.scoring.Score.of("20.9", "30"))).as("69.67% is not 70%").contains(false);
        assertThat(Attempts.passed(rules, org.sala.engine.scoring.Score.of("0", "0"))).contains(false);
        assertThat(Attempts.passed(QuizRules.exam(java.time.Duration.ofMinutes(45), 0, BigDecimal.ZERO),
                org.sala.engine.scoring.Score.of("0", "10"))).isEmpty();
    }
}
