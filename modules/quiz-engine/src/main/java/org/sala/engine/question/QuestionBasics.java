package org.sala.engine.question;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.sala.engine.Decimals;

/**
 * What every question has, whatever its type.
 *
 * @param id              unique within the quiz or bank that holds the question
 * @param prompt          the question as shown to the learner (authored Markdown)
 * @param points          the most a fully right response earns; positive
 * @param generalFeedback shown after grading whatever the response; empty when none
 * @param hints           shown one by one on request or after wrong tries, in order; may be empty
 */
public record QuestionBasics(String id, String prompt, BigDecimal points, String generalFeedback, List<String> hints) {

    public QuestionBasics {
        id = Texts.requireNonBlank(id, "question id");
        prompt = Texts.requireNonBlank(prompt, "prompt of question '" + id + "'");
        Objects.requireNonNull(points, "points of question '" + id + "'");
        if (points.signum() <= 0) {
            throw new IllegalArgumentException(
                    "question '" + id + "' is worth " + points.toPlainString() + " points; points must be positive");
        }
        points = Decimals.canonical(points);
        generalFeedback = Texts.orEmpty(generalFeedback);
        hints = List.copyOf(hints == null ? List.of() : hints);
    }

    /** A question worth one point, without feedback or hints. */
    public static QuestionBasics of(String id, String prompt) {
        return new QuestionBasics(id, prompt, BigDecimal.ONE, "", List.of());
    }

    public QuestionBasics withPoints(BigDecimal newPoints) {
        return new QuestionBasics(id, prompt, newPoints, generalFeedback, hints);
    }

    public QuestionBasics withFeedback(String feedback) {
        return new QuestionBasics(id, prompt, points, feedback, hints);
    }

    public QuestionBasics withHints(List<String> newHints) {
        return new QuestionBasics(id, prompt, points, generalFeedback, newHints);
    }
}
