package org.sala.engine.question;

/**
 * Feedback by outcome, for questions whose parts carry none of their own (matching, ordering): one text
 * for a fully right response, one for a partly right one, one for a wrong one. Empty texts show nothing.
 */
public record OutcomeFeedback(String right, String partlyRight, String wrong) {

    public static final OutcomeFeedback NONE = new OutcomeFeedback("", "", "");

    public OutcomeFeedback {
        right = Texts.orEmpty(right);
        partlyRight = Texts.orEmpty(partlyRight);
        wrong = Texts.orEmpty(wrong);
    }

    /** The text for a response that earned {@code numerator / denominator} of the points. */
    public String forShare(long numerator, long denominator) {
        return numerator >= denominator ? right : numerator > 0 ? partlyRight : wrong;
    }
}
