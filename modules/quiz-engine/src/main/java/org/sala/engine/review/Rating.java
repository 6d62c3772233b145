package org.sala.engine.review;

import java.util.Optional;
import org.sala.engine.scoring.Certainty;
import org.sala.engine.scoring.Correctness;

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

    /**
     * The rating a graded answer stands for in review: wrong or unanswered is {@code AGAIN}; partly right,
     * or right only after several tries, is {@code HARD}; right at the first try is {@code GOOD}, or
     * {@code EASY} when the learner also said they were quite sure (certainty C=3).
     */
    public static Rating of(Correctness correctness, int tries, Optional<Certainty> certainty) {
        return switch (correctness) {
            case INCORRECT, UNANSWERED -> AGAIN;
            case PARTIALLY_CORRECT -> HARD;
            case CORRECT -> tries > 1 ? HARD : certainty.filter(Certainty.HIGH::equals).isPresent() ? EASY : GOOD;
        };
    }
}
