package org.sala.engine.review;

/**
 * How well the learner recalled a question at a review, on FSRS's four-point scale. {@link #AGAIN} is a
 * lapse (forgotten); the other three are successful recalls of increasing ease.
 */
public enum Rating {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The grade G the FSRS formulas use: 1 for {@code AGAIN} up to 4 for {@code EASY}. */
    public int grade() {
        return grade;
    }

    public boolean isLapse() {
        return this == AGAIN;
    }
}
