package org.sala.engine.question;

import java.math.BigDecimal;
import java.util.Objects;
import org.sala.engine.Decimals;

/**
 * One option of a choice question.
 *
 * @param id       identifier, unique within its question; this, not the text, is what a response names
 * @param text     the option as shown to the learner
 * @param credit   the share of the question's points this option earns, from 0 (wrong) to 1 (right)
 * @param feedback shown when the learner chose this option; empty when the author gave none
 */
public record Choice(String id, String text, BigDecimal credit, String feedback) {

    public Choice {
        id = Texts.requireNonBlank(id, "choice id");
        text = Texts.requireNonBlank(text, "choice text");
        Objects.requireNonNull(credit, "credit");
        if (credit.signum() < 0 || credit.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "choice '" + id + "' has credit " + credit.toPlainString() + "; credit lies between 0 and 1");
        }
        credit = Decimals.canonical(credit);
        feedback = feedback == null ? "" : feedback;
    }

    /** A right option: it earns full credit. */
    public static Choice right(String id, String text, String feedback) {
        return new Choice(id, text, BigDecimal.ONE, feedback);
    }

    /** A wrong option: it earns nothing. */
    public static Choice wrong(String id, String text, String feedback) {
        return new Choice(id, text, BigDecimal.ZERO, feedback);
    }

    public boolean isFullCredit() {
        return credit.compareTo(BigDecimal.ONE) == 0;
    }
}
