package org.sala.engine.question;

import java.math.BigDecimal;

/**
 * One option of a choice question.
 *
 * @param id       unique within its question; this, not the text, is what a response names
 * @param text     the option as shown to the learner
 * @param credit   the share of the question's points this option earns: 1 right, 0 wrong, between for
 *                 partly right; negative (down to -1) takes points away where the quiz allows negative marking
 * @param feedback shown when the learner chose this option; empty when none
 */
public record Choice(String id, String text, BigDecimal credit, String feedback) {

    public Choice {
        id = Texts.requireNonBlank(id, "choice id");
        text = Texts.requireNonBlank(text, "text of choice '" + id + "'");
        credit = Texts.requireCredit(credit, "choice '" + id + "'");
        feedback = Texts.orEmpty(feedback);
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

    /** Right or partly right: the option earns something. */
    public boolean isRight() {
        return credit.signum() > 0;
    }
}
