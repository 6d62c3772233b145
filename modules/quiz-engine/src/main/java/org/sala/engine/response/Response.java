package org.sala.engine.response;

import java.util.Objects;

/** A learner's answer to one question. A closed set: each question type reads the variants it accepts. */
public sealed interface Response permits Response.Unanswered, Response.SelectedChoice {

    /** The learner gave no answer. */
    Response UNANSWERED = new Unanswered();

    record Unanswered() implements Response {
    }

    /** The learner picked the option with this id. */
    record SelectedChoice(String choiceId) implements Response {
        public SelectedChoice {
            Objects.requireNonNull(choiceId, "choiceId");
            if (choiceId.isBlank()) {
                throw new IllegalArgumentException("a selected choice names an option id");
            }
        }
    }
}
