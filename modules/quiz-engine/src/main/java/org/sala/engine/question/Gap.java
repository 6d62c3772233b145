package org.sala.engine.question;

import java.math.BigDecimal;
import java.util.Objects;
import org.sala.engine.Decimals;

/**
 * One gap of a cloze text: a single-choice, short-answer or numeric sub-question with its weight. The
 * sub-question's own points are ignored; the gap earns its weight's share of the cloze question's points.
 */
public record Gap(String id, BigDecimal weight, Question question) {

    public Gap {
        id = Texts.requireNonBlank(id, "gap id");
        Objects.requireNonNull(weight, "weight");
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("gap '" + id + "' has weight " + weight.toPlainString() + "; a weight is positive");
        }
        weight = Decimals.canonical(weight);
        Objects.requireNonNull(question, "question");
        switch (question) {
            case SingleChoiceQuestion single -> { }
            case ShortAnswerQuestion shortAnswer -> { }
            case NumericQuestion numeric -> { }
            default -> throw new IllegalArgumentException("gap '" + id + "' is a " + question.getClass().getSimpleName()
                    + "; a gap is a single-choice, short-answer or numeric question");
        }
    }
}
