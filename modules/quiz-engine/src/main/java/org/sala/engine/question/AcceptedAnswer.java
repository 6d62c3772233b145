package org.sala.engine.question;

/**
 * An answer a short-answer question accepts, with its credit and feedback.
 *
 * <p>A pattern answer uses {@code *} for "any run of characters" (Moodle's wildcard): {@code *Hun Sen*}
 * accepts any answer containing "Hun Sen"; write {@code \*} for a literal star. Patterns are matched
 * after the question's {@link TextMatching} normalization, in linear time, so no pattern can stall the
 * grader the way a regular expression can.
 *
 * @param text     the answer, or the pattern
 * @param pattern  whether {@code text} is a pattern
 * @param credit   share of the points this answer earns (-1..1)
 * @param feedback shown when this answer matched
 */
public record AcceptedAnswer(String text, boolean pattern, java.math.BigDecimal credit, String feedback) {

    public AcceptedAnswer {
        text = Texts.requireNonBlank(text, "accepted answer");
        credit = Texts.requireCredit(credit, "accepted answer '" + text + "'");
        feedback = Texts.orEmpty(feedback);
    }

    public static AcceptedAnswer exact(String text, String feedback) {
        return new AcceptedAnswer(text, false, java.math.BigDecimal.ONE, feedback);
    }

    /** Whether the learner's (already normalized) answer matches this one (normalized with the same rules). */
    boolean matches(String normalizedResponse, String normalizedText) {
        return pattern ? Wildcards.matches(normalizedText, normalizedResponse) : normalizedText.equals(normalizedResponse);
    }
}
