package org.sala.engine.review;

import java.time.Duration;
import java.time.Instant;

/**
 * The FSRS-4.5 forgetting curve: how the probability of recall falls with time, and its inverse, how long
 * until it falls to a given level. Source: "The Algorithm" (open-spaced-repetition wiki), section
 * FSRS-4.5, which changed the curve of FSRS v4 ({@code DECAY = -1}, {@code FACTOR = 1/9}) to a flatter
 * power law ({@code DECAY = -0.5}, {@code FACTOR = 19/81}).
 */
public final class ForgettingCurve {

    /** The curve's exponent in FSRS-4.5. */
    public static final double DECAY = -0.5;

    /** Chosen so that {@code R(S, S) = 0.9}: {@code 0.9^(1/DECAY) - 1 = 1/0.81 - 1 = 19/81}. */
    public static final double FACTOR = 19.0 / 81.0;

    private static final double SECONDS_PER_DAY = 86_400;

    private ForgettingCurve() {
    }

    /**
     * {@code R(t, S) = (1 + FACTOR * t / S)^DECAY}: the probability of recall {@code t} days after a review
     * that left stability {@code S}. One right after the review, 0.9 when {@code t = S}. A negative
     * {@code t} (a moment before the review) counts as 0.
     */
    public static double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + FACTOR * Math.max(0, elapsedDays) / stability, DECAY);
    }

    /**
     * {@code I(r, S) = S / FACTOR * (r^(1/DECAY) - 1)}: the days until the probability of recall falls to
     * {@code retention}, solving {@code R(I, S) = r} for {@code I}; unrounded. {@code I(0.9, S) = S}.
     */
    public static double daysUntil(double retention, double stability) {
        return stability / FACTOR * (Math.pow(retention, 1 / DECAY) - 1);
    }

    /** The days from one instant to another, with fractions; negative when {@code to} comes first. */
    public static double daysBetween(Instant from, Instant to) {
        Duration duration = Duration.between(from, to);
        return (duration.getSeconds() + duration.getNano() / 1e9) / SECONDS_PER_DAY;
    }
}
