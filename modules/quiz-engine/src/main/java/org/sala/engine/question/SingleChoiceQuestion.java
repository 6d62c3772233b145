package org.sala.engine.question;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sala.engine.Decimals;

/**
 * A question with several options of which the learner picks exactly one. At least one option earns
 * full credit; other options may earn partial credit.
 */
public record SingleChoiceQuestion(String id, String prompt, BigDecimal points, List<Choice> choices,
                                   String generalFeedback) implements Question {

    public SingleChoiceQuestion {
        id = Texts.requireNonBlank(id, "question id");
        prompt = Texts.requireNonBlank(prompt, "prompt of question '" + id + "'");
        Objects.requireNonNull(points, "points");
        if (points.signum() <= 0) {
            throw new IllegalArgumentException(
                    "question '" + id + "' is worth " + points.toPlainString() + " points; points must be positive");
        }
        points = Decimals.canonical(points);
        choices = List.copyOf(choices);
        if (choices.size() < 2) {
            throw new IllegalArgumentException("question '" + id + "' has " + choices.size()
                    + " option(s); a single-choice question needs at least 2");
        }
        var seen = new HashSet<String>();
        for (Choice choice : choices) {
            if (!seen.add(choice.id())) {
                throw new IllegalArgumentException("question '" + id + "' has two options with id '" + choice.id() + "'");
            }
        }
        if (choices.stream().noneMatch(Choice::isFullCredit)) {
            throw new IllegalArgumentException("question '" + id + "' has no right option (one with full credit)");
        }
        generalFeedback = generalFeedback == null ? "" : generalFeedback;
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(choice -> choice.id().equals(choiceId)).findFirst();
    }
}
