package org.sala.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sala.engine.review.Rating.AGAIN;
import static org.sala.engine.review.Rating.EASY;
import static org.sala.engine.review.Rating.GOOD;
import static org.sala.engine.review.Rating.HARD;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Expected values are worked by hand from the FSRS-4.5 formulas and default weights (w0 = 0.4872,
 * w1 = 1.4003, w2 = 3.7145, w3 = 13.8206, w4 = 5.1618, w5 = 1.2298, w6 = 0.8975, w7 = 0.031, w8 = 1.6474,
 * w9 = 0.1367, w10 = 1.0461, w11 = 2.1072, w12 = 0.0793, w13 = 0.3246, w14 = 1.587, w15 = 0.2272,
 * w16 = 2.8755), and checked against an independent implementation of the same formulas.
 */
class SchedulerTest {

    private static final Offset<Double> CLOSE = within(1e-9);
    private static final Instant START = Instant.parse("2025-01-06T09:00:00Z");
    private static final Scheduler SCHEDULER = Scheduler.withDefaults();

    /** Reviews at the given day offsets from {@link #START}, with the given ratings. */
    private static List<ReviewEvent> history(Object... daysThenRating) {
        var events = new ArrayList<ReviewEvent>();
        for (int i = 0; i < daysThenRating.length; i += 2) {
            double days = ((Number) daysThenRating[i]).doubleValue();
            events.add(new ReviewEvent(START.plus(Duration.ofSeconds(Math.round(days * 86_400))), (Rating) daysThenRating[i + 1]));
        }
        return events;
    }

    private static ReviewPlan.Scheduled scheduled(List<ReviewEvent> history) {
        return (ReviewPlan.Scheduled) SCHEDULER.plan(history);
    }

    @Test
    void aFirstGoodReviewStartsWithStabilityW2AndAFourDayInterval() {
        ReviewPlan.Scheduled plan = scheduled(history(0, GOOD));

        // S0(3) = w2 = 3.7145; D0(3) = w4 - 0 * w5 = 5.1618; I(0.9, S) = S = 3.7145, rounded to 4 days.
        assertThat(plan.memory()).isEqualTo(new MemoryState(5.1618, 3.7145));
        assertThat(plan.intervalDays()).isEqualTo(4);
        assertThat(plan.lastReview()).isEqualTo(START);
        assertThat(plan.due()).isEqualTo(Instant.parse("2025-01-10T09:00:00Z"));
    }

    @Test
    void eachFirstRatingHasItsOwnInitialState() {
        // S0(G) = w[G-1]; D0(G) = 5.1618 - (G - 3) * 1.2298.
        assertThat(SCHEDULER.initialState(AGAIN)).isEqualTo(new MemoryState(5.1618 + 2 * 1.2298, 0.4872));
        assertThat(SCHEDULER.initialState(HARD)).isEqualTo(new MemoryState(5.1618 + 1.2298, 1.4003));
        assertThat(SCHEDULER.initialState(EASY)).isEqualTo(new MemoryState(5.1618 - 1.2298, 13.8206));
        // Stabilities 0.4872 and 1.4003 round to 0 and 1 day: an interval is at least 1 day. 13.8206 rounds to 14.
        assertThat(scheduled(history(0, AGAIN)).intervalDays()).isEqualTo(1);
        assertThat(scheduled(history(0, HARD)).intervalDays()).isEqualTo(1);
        assertThat(scheduled(history(0, EASY)).intervalDays()).isEqualTo(14);
    }

    @Test
    void recallIsNinetyPercentWhenAQuestionHasBeenLeftForItsStability() {
        ReviewPlan.Scheduled plan = scheduled(history(0, GOOD));

        // 3.7145 days after the review, R(S, S) = 0.9.
        Instant atStability = START.plus(Duration.ofMillis(Math.round(3.7145 * 86_400_000)));
        assertThat(plan.retrievability(atStability)).isCloseTo(0.9, within(1e-9));
        assertThat(plan.retrievability(START)).isEqualTo(1.0);
    }

    @Test
    void aGoodReviewOnTimeMultipliesStability() {
        ReviewPlan.Scheduled plan = scheduled(history(0, GOOD, 4, GOOD));

        // t = 4, S = 3.7145, D = 5.1618:
        // R = (1 + 19/81 * 4 / 3.7145)^-0.5 = 1.2525970^-0.5 = 0.8934995
        // SInc = e^1.6474 * (11 - 5.1618) * 3.7145^-0.1367 * (e^(1.0461 * 0.1065005) - 1) + 1
        //      = 5.193459 * 5.8382 * 0.8357851 * 0.1178533 + 1 = 3.986566
        // S' = 3.7145 * 3.986566 = 14.80810; D stays 5.1618 (G = 3 does not step, and D is already D0(3)).
        assertThat(plan.memory().stability()).isCloseTo(14.8081005, within(1e-6));
        assertThat(plan.memory().difficulty()).isCloseTo(5.1618, CLOSE);
        assertThat(plan.intervalDays()).isEqualTo(15);
    }

    @Test
    void aLapseLowersStabilityAndRaisesDifficulty() {
        MemoryState before = SCHEDULER.replay(history(0, GOOD, 4, GOOD));
        MemoryState after = SCHEDULER.replay(history(0, GOOD, 4, GOOD, 19, AGAIN));

        assertThat(after.stability()).isLessThan(before.stability());
        assertThat(after.difficulty()).isGreaterThan(before.difficulty());

        // From the first review alone: t = 4, S = 3.7145, D = 5.1618, R = 0.8934995:
        // S'f = 2.1072 * 5.1618^-0.0793 * (4.7145^0.3246 - 1) * e^(1.587 * 0.1065005) = 1.4332345
        // D' = 0.031 * 5.1618 + 0.969 * (5.1618 + 2 * 0.8975) = 6.901155
        MemoryState lapsed = SCHEDULER.replay(history(0, GOOD, 4, AGAIN));
        assertThat(lapsed.stability()).isCloseTo(1.4332345, within(1e-6));
        assertThat(lapsed.difficulty()).isCloseTo(6.901155, CLOSE);
    }

    @Test
    void easyGivesALongerIntervalThanGoodAndGoodThanHard() {
        // After GOOD on day 0, reviewed on day 4 (values from the same R = 0.8934995):
        // HARD: S' = 6.234966 -> 6 days; GOOD: 14.808101 -> 15 days; EASY: 35.614148 -> 36 days.
        assertThat(scheduled(history(0, GOOD, 4, HARD)).intervalDays()).isEqualTo(6);
        assertThat(scheduled(history(0, GOOD, 4, GOOD)).intervalDays()).isEqualTo(15);
        assertThat(scheduled(history(0, GOOD, 4, EASY)).intervalDays()).isEqualTo(36);
        assertThat(scheduled(history(0, GOOD, 4, EASY)).memory().stability()).isCloseTo(35.614148, within(1e-5));
        assertThat(scheduled(history(0, GOOD, 4, HARD)).memory().stability()).isCloseTo(6.234966, within(1e-5));
    }

    @Test
    void difficultyNeverLeavesOneToTen() {
        // AGAIN after AGAIN: 7.6214 -> 0.031 * 5.1618 + 0.969 * (7.6214 + 1.795) = 9.2845 -> 10.896, clamped to 10.
        MemoryState hard = SCHEDULER.replay(history(0, AGAIN, 1, AGAIN, 2, AGAIN, 3, AGAIN));
        assertThat(hard.difficulty()).isEqualTo(10.0);
        // EASY after EASY: 3.932 -> 3.1004 -> 2.2947 -> 1.5139 -> 0.757, clamped to 1.
        MemoryState easy = SCHEDULER.replay(history(0, EASY, 14, EASY, 60, EASY, 200, EASY, 700, EASY));
        assertThat(easy.difficulty()).isEqualTo(1.0);
    }

    @Test
    void anInitialDifficultyOutsideTheRangeIsClamped() {
        var weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        weights.set(4, 9.0);
        weights.set(5, 2.0);
        var scheduler = new Scheduler(new FsrsParameters(weights, 0.9, 36_500));

        // D0(1) = 9 + 2 * 2 = 13 -> 10; D0(4) = 9 - 2 = 7 stays.
        assertThat(scheduler.initialState(AGAIN).difficulty()).isEqualTo(10.0);
        assertThat(scheduler.initialState(EASY).difficulty()).isEqualTo(7.0);
    }

    @Test
    void intervalsAreCappedAtTheMaximum() {
        var scheduler = new Scheduler(FsrsParameters.defaults().withMaximumIntervalDays(10));

        // EASY first: S = 13.8206 would give 14 days.
        assertThat(((ReviewPlan.Scheduled) scheduler.plan(history(0, EASY))).intervalDays()).isEqualTo(10);
    }

    @Test
    void aHigherDesiredRetentionGivesShorterIntervals() {
        var scheduler = new Scheduler(FsrsParameters.defaults().withDesiredRetention(0.95));

        // EASY first, S = 13.8206: I(0.95) = 13.8206 * 81/19 * (1/0.9025 - 1) = 6.3652 -> 6 days.
        assertThat(scheduler.intervalDays(13.8206)).isEqualTo(6);
        assertThat(new Scheduler(FsrsParameters.defaults().withDesiredRetention(0.8)).intervalDays(13.8206))
                .isEqualTo(33); // 13.8206 * 81/19 * 0.5625 = 33.1424
    }

    @Test
    void aQuestionNeverReviewedIsDueAtOnce() {
        ReviewPlan plan = SCHEDULER.plan(List.of());

        assertThat(plan).isEqualTo(ReviewPlan.UNSEEN);
        assertThat(plan.isDueAt(Instant.EPOCH)).isTrue();
        assertThatThrownBy(() -> SCHEDULER.replay(List.of())).hasMessageContaining("never reviewed");
    }

    @Test
    void aQuestionFallsDueAtItsDueInstantAndNotBefore() {
        ReviewPlan.Scheduled plan = scheduled(history(0, GOOD));

        assertThat(plan.isDueAt(plan.due().minusSeconds(1))).isFalse();
        assertThat(plan.isDueAt(plan.due())).isTrue();
    }

    @Test
    void aHistoryOutOfTimeOrderIsRefusedNamingTheReview() {
        List<ReviewEvent> history = history(0, GOOD, 5, GOOD, 3, HARD);

        assertThatThrownBy(() -> SCHEDULER.replay(history))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("review 3 (HARD at 2025-01-09T09:00:00Z)")
                .hasMessageContaining("comes before review 2");
        assertThatThrownBy(() -> SCHEDULER.plan(history)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSecondReviewAtTheSameInstantLeavesStabilityAlone() {
        // t = 0 gives R = 1, so e^(w10 * 0) - 1 = 0 and SInc = 1.
        MemoryState state = SCHEDULER.replay(history(0, GOOD, 0, GOOD));

        assertThat(state.stability()).isCloseTo(3.7145, CLOSE);
    }

    @Test
    void planningIsAPureFunctionOfTheHistory() {
        List<ReviewEvent> history = history(0, GOOD, 3.5, HARD, 9, AGAIN, 10, GOOD);

        assertThat(SCHEDULER.plan(history)).isEqualTo(Scheduler.withDefaults().plan(List.copyOf(history)));
    }
}
