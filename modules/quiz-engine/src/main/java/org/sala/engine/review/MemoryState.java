package org.sala.engine.review;

/**
 * What the model believes about a learner's memory of one question after a review.
 *
 * <p>Invariants: difficulty lies in [1, 10], FSRS's range; stability is positive and finite.
 *
 * @param difficulty how hard the question is for this learner to consolidate: 1 easiest, 10 hardest
 * @param stability  the number of days after which the probability of recall has fallen to 90%
 */
public record MemoryState(double difficulty, double stability) {

    public static final double MINIMUM_DIFFICULTY = 1;
    public static final double MAXIMUM_DIFFICULTY = 10;

    public MemoryState {
        if (!(difficulty >= MINIMUM_DIFFICULTY && difficulty <= MAXIMUM_DIFFICULTY)) {
            throw new IllegalArgumentException("difficulty " + difficulty + " lies outside 1..10");
        }
        if (!(stability > 0 && Double.isFinite(stability))) {
            throw new IllegalArgumentException("stability " + stability + " days is not a positive number");
        }
    }

    /** The probability of recall {@code elapsedDays} after the review that left this state. */
    public double retrievability(double elapsedDays) {
        return ForgettingCurve.retrievability(elapsedDays, stability);
    }
}
