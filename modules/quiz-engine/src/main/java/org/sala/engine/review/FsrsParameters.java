package org.sala.engine.review;

import java.util.List;
import java.util.Objects;

/**
 * The settings of the FSRS-4.5 model: its 17 weights, the retention the schedule aims for, and the
 * longest interval it may give.
 *
 * <p>Invariants: exactly 17 finite weights; the four initial stabilities {@code w0..w3} are positive
 * (a memory with no stability has no forgetting curve); the mean-reversion weight {@code w7} lies in
 * [0, 1]; the desired retention lies in [0.7, 0.99], the range FSRS recommends (below it learners forget
 * most of what they review, above it the workload explodes); the maximum interval is at least one day.
 *
 * @param weights             w0..w16, in the published order
 * @param desiredRetention    the probability of recall at which a question falls due, e.g. 0.9
 * @param maximumIntervalDays the cap on any interval, in whole days
 */
public record FsrsParameters(List<Double> weights, double desiredRetention, int maximumIntervalDays) {

    /** How many weights FSRS-4.5 has. */
    public static final int WEIGHT_COUNT = 17;

    /**
     * The FSRS-4.5 default weights, as published in "The Algorithm" (open-spaced-repetition wiki), section
     * FSRS-4.5, "Default parameters".
     */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474,
            0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755);

    /** FSRS's own defaults: 90% retention, intervals up to 100 years (36,500 days). */
    public static final double DEFAULT_DESIRED_RETENTION = 0.9;
    public static final int DEFAULT_MAXIMUM_INTERVAL_DAYS = 36_500;

    public FsrsParameters {
        Objects.requireNonNull(weights, "weights");
        weights = List.copyOf(weights);
        if (weights.size() != WEIGHT_COUNT) {
            throw new IllegalArgumentException("FSRS-4.5 has " + WEIGHT_COUNT + " weights, not " + weights.size());
        }
        for (int i = 0; i < WEIGHT_COUNT; i++) {
            if (!Double.isFinite(weights.get(i))) {
                throw new IllegalArgumentException("weight w" + i + " is " + weights.get(i) + "; weights are finite numbers");
            }
        }
        for (int i = 0; i < 4; i++) {
            if (weights.get(i) <= 0) {
                throw new IllegalArgumentException("weight w" + i + " is the initial stability after rating "
                        + Rating.values()[i] + " and must be positive, not " + weights.get(i));
            }
        }
        if (weights.get(7) < 0 || weights.get(7) > 1) {
            throw new IllegalArgumentException("weight w7 weighs the mean reversion of difficulty and lies between 0 and 1, not "
                    + weights.get(7));
        }
        if (!(desiredRetention >= 0.7 && desiredRetention <= 0.99)) {
            throw new IllegalArgumentException("desired retention " + desiredRetention + " lies outside 0.7..0.99");
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("the maximum interval is " + maximumIntervalDays + " days; it is at least 1");
        }
    }

    /** The published FSRS-4.5 weights with FSRS's default retention and maximum interval. */
    public static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULT_WEIGHTS, DEFAULT_DESIRED_RETENTION, DEFAULT_MAXIMUM_INTERVAL_DAYS);
    }

    /** The same weights, aiming at another retention. */
    public FsrsParameters withDesiredRetention(double retention) {
        return new FsrsParameters(weights, retention, maximumIntervalDays);
    }

    /** The same weights, with another cap on intervals. */
    public FsrsParameters withMaximumIntervalDays(int days) {
        return new FsrsParameters(weights, desiredRetention, days);
    }

    /** Weight w{@code index}, as the published formulas name it. */
    public double weight(int index) {
        return weights.get(index);
    }
}
