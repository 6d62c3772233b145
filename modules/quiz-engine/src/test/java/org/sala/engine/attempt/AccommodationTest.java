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

class AccommodationTest {

    private static final Instant START = Instant.parse("2026-11-28T09:00:00Z");
    private static final List<Question> QUESTIONS = List.of(Questions.aseanEntry(), Questions.apec());
    private static final QuizRules EXAM = QuizRules.exam(Duration.ofMinutes(40), 2, new BigDecimal("70"))
            .withGracePeriod(Duration.ofMinutes(5));

    private static Instant at(int minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    private static Accommodation extraTime(String factor, int minutes) {
        return new Accommodation(new BigDecimal(factor), Duration.ofMinutes(minutes), Optional.empty(), 0);
    }

    @Test
    void extraTimeMultipliesTheLimitThenAddsMinutes() {
        assertThat(extraTime("1.5", 0).applyTo(EXAM).timeLimit()).contains(Duration.ofMinutes(60));
        assertThat(extraTime("1", 10).applyTo(EXAM).timeLimit()).contains(Duration.ofMinutes(50));
        assertThat(extraTime("1.25", 5).applyTo(EXAM).timeLimit()).contains(Duration.ofMinutes(55));
        assertThat(extraTime("1.5", 0).applyTo(QuizRules.practice()).timeLimit()).isEmpty();
        assertThat(Accommodation.NONE.applyTo(EXAM)).isSameAs(EXAM);
    }

    @Test
    void anAttemptWithExtraTimeIsStillOpenWhenEveryoneElsesIsOverdueAndFinishesAtItsOwnGraceEnd() {
        QuizRules mine = extraTime("1.5", 0).applyTo(EXAM);
        Attempt attempt = Attempts.start("a", mine, List.of(), QUESTIONS, START);
        Attempt saved = Attempts.save(attempt, mine, "asean-entry", new Response.SelectedChoice("b"), 1, Optional.empty(), at(50)).attempt();

        assertThat(Attempts.advance(saved, EXAM, at(50)).state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(Attempts.advance(saved, mine, at(50)).state()).isEqualTo(AttemptState.IN_PROGRESS);
        assertThat(Attempts.timeLeft(saved, mine, at(50))).contains(Duration.ofMinutes(10));
        assertThat(Attempts.advance(saved, mine, at(62)).state()).isEqualTo(AttemptState.OVERDUE);
        Attempt finished = Attempts.advance(saved, mine, at(70));
        assertThat(finished.state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(finished.result().orElseThrow().finishedAt()).isEqualTo(at(65));
        assertThat(finished.result().orElseThrow().finishedBy()).isEqualTo(AttemptResult.FinishedBy.TIME);
        assertThat(finished.result().orElseThrow().grade().total().earned()).isPositive();
    }

    @Test
    void anOverdueAttemptGivenMoreTimeIsOpenAgain() {
        Attempt attempt = Attempts.start("a", EXAM, List.of(), QUESTIONS, START);
        Attempt overdue = Attempts.advance(attempt, EXAM, at(42));
        assertThat(overdue.state()).isEqualTo(AttemptState.OVERDUE);

        assertThat(Attempts.advance(overdue, extraTime("1", 15).applyTo(EXAM), at(42)).state()).isEqualTo(AttemptState.IN_PROGRESS);
    }

    @Test
    void aLaterClosingDateLetsThisLearnerStartAfterTheQuizClosedAndAnEarlierOneEndsTheirAttemptSooner() {
        QuizRules closed = EXAM.withWindow(null, at(-60));
        var later = new Accommodation(BigDecimal.ONE, Duration.ZERO, Optional.of(at(24 * 60)), 0);

        assertThat(Attempts.mayStart(closed, List.of(), START)).map(Refusal::reason).contains(Reason.QUIZ_CLOSED);
        assertThat(Attempts.mayStart(later.applyTo(closed), List.of(), START)).isEmpty();

        var earlier = new Accommodation(BigDecimal.ONE, Duration.ZERO, Optional.of(at(20)), 0);
        assertThat(Attempts.deadline(Attempts.start("a", EXAM, List.of(), QUESTIONS, START), earlier.applyTo(EXAM))).contains(at(20));
    }

    @Test
    void extraAttemptsAddToTheQuizsNumberAndUnlimitedStaysUnlimited() {
        QuizRules rules = new Accommodation(BigDecimal.ONE, Duration.ZERO, Optional.empty(), 1).applyTo(EXAM);
        Attempt first = Attempts.submit(Attempts.start("1", rules, List.of(), QUESTIONS, START), rules, at(10));
        Attempt second = Attempts.submit(Attempts.start("2", rules, List.of(first), QUESTIONS, at(11)), rules, at(20));

        assertThat(Attempts.mayStart(EXAM, List.of(first, second), at(21))).map(Refusal::reason).contains(Reason.NO_ATTEMPTS_LEFT);
        assertThat(Attempts.attemptsLeft(rules, List.of(first, second), at(21))).hasValue(1);
        assertThat(new Accommodation(BigDecimal.ONE, Duration.ZERO, Optional.empty(), 3).applyTo(QuizRules.practice()).attemptsAllowed()).isZero();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> extraTime("0.5", 0)).hasMessageContaining("time factor 0.5");
        assertThatThrownBy(() -> extraTime("11", 0)).hasMessageContaining("1..10");
        assertThatThrownBy(() -> new Accommodation(BigDecimal.ONE, Duration.ofMinutes(-1), Optional.empty(), 0)).hasMessageContaining("extra time");
        assertThatThrownBy(() -> new Accommodation(BigDecimal.ONE, Duration.ZERO, Optional.empty(), -1)).hasMessageContaining("extra attempts");
        var beforeOpening = new Accommodation(BigDecimal.ONE, Duration.ZERO, Optional.of(at(-10)), 0);
        assertThatThrownBy(() -> beforeOpening.applyTo(EXAM.withWindow(START, at(60)))).hasMessageContaining("closes");
    }
}
