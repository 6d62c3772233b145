package org.sala.pack.model;

import java.util.Objects;
import java.util.Optional;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.Question;

/** A question as a quiz holds it: the engine's question plus where it is taught and its difficulty. */
public record QuizQuestion(Question question, Optional<SectionRef> taughtIn, Difficulty difficulty) {

    public QuizQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(taughtIn, "taughtIn");
        Objects.requireNonNull(difficulty, "difficulty");
    }

    public String id() {
        return question.id();
    }
}
