package org.sala.engine.attempt;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sala.engine.Decimals;
import org.sala.engine.scoring.GradingOptions;

/**
 * A quiz's settings, as the engine applies them.
 *
 * @param mode                 deferred (exam) or interactive (practice)
 * @param timeLimit            how long an attempt may last; empty for no limit
 * @param opensAt              attempts may start from then; empty for always
 * @param closesAt             attempts end at the latest then, and none start after; empty for never
 * @param gracePeriod          after the deadline, how long an overdue attempt may still be submitted
 *                             (no more answers); after it the attempt is finished with its saved responses
 * @param attemptsAllowed      how many attempts a learner may make; 0 for unlimited
 * @param delayBetweenAttempts how long after finishing an attempt the next may start
 * @param gradingMethod        how the quiz grade follows from several attempts
 * @param passMark             percentage needed to pass (0..100)
 * @param triesAllowed         interactive mode: tries per question (at least 1)
 * @param penaltyPerTry        interactive mode: share of the points each extra try costs (0..1)
 * @param negativeMarking      whether questions may score below zero
 * @param certaintyBased       whether learners state their certainty (CBM)
 * @param review               what learners may see, and when
 */
public record QuizRules(Mode mode, Optional<Duration> timeLimit, Optional<Instant> opensAt, Optional<Instant> closesAt,
                        Duration gracePeriod, int attemptsAllowed, Duration delayBetweenAttempts,
                        GradingMethod gradingMethod, BigDecimal passMark, int triesAllowed, BigDecimal penaltyPerTry,
                        boolean negativeMarking, boolean certaintyBased, ReviewOptions review) {

    public QuizRules {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(gradingMethod, "gradingMethod");
        Objects.requireNonNull(review, "review");
        gracePeriod = gracePeriod == null ? Duration.ZERO : gracePeriod;
        delayBetweenAttempts = delayBetweenAttempts == null ? Duration.ZERO : delayBetweenAttempts;
        timeLimit.ifPresent(limit -> {
            if (limit.isZero() || limit.isNegative()) {
                throw new IllegalArgumentException("time limit " + limit + " must be positive");
            }
        });
        if (gracePeriod.isNegative() || delayBetweenAttempts.isNegative()) {
            throw new IllegalArgumentException("grace period and delay between attempts cannot be negative");
        }
        if (opensAt.isPresent() && closesAt.isPresent() && !opensAt.get().isBefore(closesAt.get())) {
            throw new IllegalArgumentException("the quiz closes (" + closesAt.get() + ") before it opens (" + opensAt.get() + ")");
        }
        if (attemptsAllowed < 0) {
            throw new IllegalArgumentException("attempts allowed " + attemptsAllowed + " cannot be negative (0 means unlimited)");
        }
        Objects.requireNonNull(passMark, "passMark");
        if (passMark.signum() < 0 || passMark.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("pass mark " + passMark.toPlainString() + "% lies outside 0..100");
        }
        passMark = Decimals.canonical(passMark);
        if (triesAllowed < 1) {
            throw new IllegalArgumentException("tries allowed " + triesAllowed + " must be at least 1");
        }
        Objects.requireNonNull(penaltyPerTry, "penaltyPerTry");
        if (penaltyPerTry.signum() < 0 || penaltyPerTry.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("penalty per try " + penaltyPerTry.toPlainString() + " lies outside 0..1");
        }
        penaltyPerTry = Decimals.canonical(penaltyPerTry);
    }

    /** Practice: interactive, 3 tries with a 10% penalty each, unlimited attempts, everything shown. */
    public static QuizRules practice() {
        return new QuizRules(Mode.INTERACTIVE, Optional.empty(), Optional.empty(), Optional.empty(), Duration.ZERO, 0,
                Duration.ZERO, GradingMethod.HIGHEST, BigDecimal.ZERO, 3, new BigDecimal("0.1"), false, false,
                ReviewOptions.everything());
    }

    /** An exam: deferred, the given limit and attempts, highest grade, exam review options. */
    public static QuizRules exam(Duration timeLimit, int attemptsAllowed, BigDecimal passMark) {
        return new QuizRules(Mode.DEFERRED, Optional.of(timeLimit), Optional.empty(), Optional.empty(), Duration.ZERO,
                attemptsAllowed, Duration.ZERO, GradingMethod.HIGHEST, passMark, 1, BigDecimal.ZERO, false, false,
                ReviewOptions.exam());
    }

    public QuizRules withWindow(Instant opens, Instant closes) {
        return new QuizRules(mode, timeLimit, Optional.ofNullable(opens), Optional.ofNullable(closes), gracePeriod,
                attemptsAllowed, delayBetweenAttempts, gradingMethod, passMark, triesAllowed, penaltyPerTry,
                negativeMarking, certaintyBased, review);
    }

    public QuizRules withGracePeriod(Duration grace) {
        return new QuizRules(mode, timeLimit, opensAt, closesAt, grace, attemptsAllowed, delayBetweenAttempts,
                gradingMethod, passMark, triesAllowed, penaltyPerTry, negativeMarking, certaintyBased, review);
    }

    public QuizRules withDelayBetweenAttempts(Duration delay) {
        return new QuizRules(mode, timeLimit, opensAt, closesAt, gracePeriod, attemptsAllowed, delay,
                gradingMethod, passMark, triesAllowed, penaltyPerTry, negativeMarking, certaintyBased, review);
    }

    public QuizRules withGradingMethod(GradingMethod method) {
        return new QuizRules(mode, timeLimit, opensAt, closesAt, gracePeriod, attemptsAllowed, delayBetweenAttempts,
                method, passMark, triesAllowed, penaltyPerTry, negativeMarking, certaintyBased, review);
    }

    public QuizRules withMarking(boolean negative, boolean certainty) {
        return new QuizRules(mode, timeLimit, opensAt, closesAt, gracePeriod, attemptsAllowed, delayBetweenAttempts,
                gradingMethod, passMark, triesAllowed, penaltyPerTry, negative, certainty, review);
    }

    public QuizRules withReview(ReviewOptions options) {
        return new QuizRules(mode, timeLimit, opensAt, closesAt, gracePeriod, attemptsAllowed, delayBetweenAttempts,
                gradingMethod, passMark, triesAllowed, penaltyPerTry, negativeMarking, certaintyBased, options);
    }

    public GradingOptions gradingOptions() {
        return new GradingOptions(negativeMarking);
    }

    /** When an attempt started at {@code startedAt} must end: its time limit or the quiz's closing, whichever comes first. */
    public Optional<Instant> deadline(Instant startedAt) {
        Optional<Instant> byLimit = timeLimit.map(startedAt::plus);
        if (byLimit.isEmpty()) {
            return closesAt;
        }
        return Optional.of(closesAt.filter(closing -> closing.isBefore(byLimit.get())).orElse(byLimit.get()));
    }

    public boolean passes(BigDecimal percent) {
        return percent.compareTo(passMark) >= 0;
    }
}
