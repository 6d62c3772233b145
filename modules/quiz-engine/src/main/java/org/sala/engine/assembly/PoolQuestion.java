package org.sala.engine.assembly;

import java.util.Objects;
import java.util.Set;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.Question;

/** A question in a pool, with the tags and difficulty draws filter by. */
public record PoolQuestion(Question question, Set<String> tags, Difficulty difficulty) {

    public PoolQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(difficulty, "difficulty");
        tags = Set.copyOf(tags);
    }

    public String id() {
        return question.id();
    }
}
