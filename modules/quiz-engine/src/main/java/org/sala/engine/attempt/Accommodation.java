package org.sala.engine.attempt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sala.engine.Decimals;

/**
 * One learner's exception to a quiz's rules, as Moodle's user overrides give it: more time, another closing
 * date, more attempts. The engine applies it by changing the rules ({@link #applyTo}); everything that
 * follows from the rules (deadlines, overdue attempts, attempts left) then follows for that learner alone.
 *
 * @param timeFactor    the time limit multiplied by this (1.25 for a quarter more); 1 for none
 * @param extraTime     added to the time limit after the factor
 * @param closesAt      the learner's own closing date, earlier or later than the quiz's; empty for the quiz's
 * @param extraAttempts attempts on top of the quiz's number (a quiz with any number stays so)
 */
public record Accommodation(BigDecimal timeFactor, Duration extraTime, Optional<Instant> closesAt, int extraAttempts) {

    /** The largest factor accepted: more than ten times the limit is a mistake, not an accommodation. */
    public static final BigDecimal MAX_FACTOR = BigDecimal.TEN;

    public static final Accommodation NONE = new Accommodation(BigDecimal.ONE, Duration.ZERO, Optional.empty(), 0);

    public Accommodation {
        Objects.requireNonNull(timeFactor, "timeFactor");
        if (timeFactor.compareTo(BigDecimal.ONE) < 0 || timeFactor.compareTo(MAX_FACTOR) > 0) {
            throw new IllegalArgumentException("time factor " + timeFactor.toPlainString() + " lies outside 1..10");
        }
        timeFactor = Decimals.canonical(timeFactor);
        Objects.requireNonNull(extraTime, "extraTime");
        if (extraTime.isNegative() || extraTime.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("extra time " + extraTime + " lies outside 0..7 days");
        }
        Objects.requireNonNull(closesAt, "closesAt");
        if (extraAttempts < 0 || extraAttempts > 100) {
            throw new IllegalArgumentException("extra attempts " + extraAttempts + " lie outside 0..100");
        }
    }

    /** Whether this changes nothing at all. */
    public boolean isNone() {
        return timeFactor.compareTo(BigDecimal.ONE) == 0 && extraTime.isZero() && closesAt.isEmpty() && extraAttempts == 0;
    }

    /** Whether it changes the time limit (which a quiz without one ignores). */
    public boolean changesTime() {
        return timeFactor.compareTo(BigDecimal.ONE) != 0 || !extraTime.isZero();
    }

    /**
     * The quiz's rules for this learner: the time limit times the factor plus the extra time (to the second,
     * rounded up), the learner's closing date in place of the quiz's, the extra attempts added.
     *
     * @throws IllegalArgumentException when the learner's closing date is not after the quiz's opening
     */
    public QuizRules applyTo(QuizRules rules) {
        if (isNone()) {
            return rules;
        }
        Optional<Duration> limit = rules.timeLimit().map(base -> Duration.ofSeconds(
                new BigDecimal(base.toSeconds()).multiply(timeFactor).setScale(0, RoundingMode.CEILING).longValueExact()).plus(extraTime));
        int attempts = rules.attemptsAllowed() == 0 ? 0 : rules.attemptsAllowed() + extraAttempts;
        return new QuizRules(rules.mode(), limit, rules.opensAt(), closesAt.or(rules::closesAt), rules.gracePeriod(), attempts,
                rules.delayBetweenAttempts(), rules.gradingMethod(), rules.passMark(), rules.triesAllowed(), rules.penaltyPerTry(),
                rules.negativeMarking(), rules.certaintyBased(), rules.review());
    }
}
