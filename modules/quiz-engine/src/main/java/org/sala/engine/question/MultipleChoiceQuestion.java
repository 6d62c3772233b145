package org.sala.engine.question;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Select all that apply. At least one option is right (positive credit). With
 * {@link MultipleChoiceScoring#OPTION_PERCENTAGES} the right options' credits add up to 1, so ticking all of
 * them, and nothing else, earns full marks.
 */
public record MultipleChoiceQuestion(QuestionBasics basics, List<Choice> choices, MultipleChoiceScoring scoring,
                                     boolean shuffle) implements Question {

    public MultipleChoiceQuestion {
        choices = List.copyOf(choices);
        if (choices.size() < 2) {
            throw new IllegalArgumentException("question '" + basics.id() + "' has " + choices.size()
                    + " option(s); a multiple-choice question needs at least 2");
        }
        Texts.requireUnique(choices, Choice::id, basics.id(), "options with id");
        if (choices.stream().noneMatch(Choice::isRight)) {
            throw new IllegalArgumentException("question '" + basics.id() + "' has no right option (one with positive credit)");
        }
        if (scoring == null) {
            throw new IllegalArgumentException("question '" + basics.id() + "' has no scoring strategy");
        }
        if (scoring == MultipleChoiceScoring.OPTION_PERCENTAGES) {
            BigDecimal sum = choices.stream().map(Choice::credit).filter(credit -> credit.signum() > 0)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            // 1/3 + 1/3 + 1/3 written as 0.3333333 three times must still count as a whole.
            if (sum.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.000001")) > 0) {
                throw new IllegalArgumentException("question '" + basics.id() + "': the right options' credits add up to "
                        + sum.toPlainString() + "; they must add up to 1");
            }
        }
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(choice -> choice.id().equals(choiceId)).findFirst();
    }
}
