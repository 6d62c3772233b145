package org.sala.engine.statistics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Set;
import org.sala.engine.Decimals;

/**
 * One learner's graded response to one question, as item analysis sees it. Invariants: the question id
 * is not blank, {@code possible > 0} and {@code 0 <= earned <= possible}; amounts are kept in canonical
 * form, so observations are equal by value.
 *
 * @param questionId    the question answered
 * @param earned        marks earned
 * @param possible      marks the question was worth in this attempt; always positive
 * @param chosenOptions ids of the options the learner picked; empty for a question without options or a
 *                      question left unanswered
 */
public record ItemObservation(String questionId, BigDecimal earned, BigDecimal possible, Set<String> chosenOptions) {

    public ItemObservation {
        if (questionId == null || questionId.isBlank()) {
            throw new IllegalArgumentException("an observation names its question");
        }
        Objects.requireNonNull(earned, "earned");
        Objects.requireNonNull(possible, "possible");
        if (possible.signum() <= 0) {
            throw new IllegalArgumentException("question '" + questionId + "' was worth " + possible.toPlainString()
                    + " marks; possible marks must be positive");
        }
        if (earned.signum() < 0 || earned.compareTo(possible) > 0) {
            throw new IllegalArgumentException("question '" + questionId + "' earned " + earned.toPlainString()
                    + " marks, outside 0.." + possible.toPlainString());
        }
        earned = Decimals.canonical(earned);
        possible = Decimals.canonical(possible);
        chosenOptions = chosenOptions == null ? Set.of() : Set.copyOf(chosenOptions);
    }

    /** A response that picked no option (a non-choice question, or no answer). */
    public static ItemObservation of(String questionId, String earned, String possible) {
        return new ItemObservation(questionId, new BigDecimal(earned), new BigDecimal(possible), Set.of());
    }

    /**
     * Earned as a share of possible, from 0 to 1. Divided exactly to 16 digits first, so that equal shares
     * (1 of 3, 2 of 6) are equal doubles.
     */
    public double fraction() {
        return earned.divide(possible, MathContext.DECIMAL64).doubleValue();
    }
}
