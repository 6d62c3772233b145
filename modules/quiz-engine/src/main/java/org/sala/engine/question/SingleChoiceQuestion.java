package org.sala.engine.question;

import java.util.List;
import java.util.Optional;

/**
 * The learner picks exactly one of several options. At least one option earns full credit; others may
 * earn partial or (with negative marking) negative credit.
 *
 * @param shuffle whether assembly may shuffle the options (false keeps the authored order, e.g. for
 *                "all of the above")
 */
public record SingleChoiceQuestion(QuestionBasics basics, List<Choice> choices, boolean shuffle) implements Question {

    public SingleChoiceQuestion {
        choices = List.copyOf(choices);
        if (choices.size() < 2) {
            throw new IllegalArgumentException("question '" + basics.id() + "' has " + choices.size()
                    + " option(s); a single-choice question needs at least 2");
        }
        Texts.requireUnique(choices, Choice::id, basics.id(), "options with id");
        if (choices.stream().noneMatch(Choice::isFullCredit)) {
            throw new IllegalArgumentException("question '" + basics.id() + "' has no right option (one with full credit)");
        }
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(choice -> choice.id().equals(choiceId)).findFirst();
    }
}
