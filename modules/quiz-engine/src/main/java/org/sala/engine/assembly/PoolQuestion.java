package org.sala.engine.assembly;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.Question;

/**
 * A question in a pool, with the tags and difficulty draws filter by, and the fact it tests when other
 * questions of the pool test the same one: an attempt holds at most one question of each fact.
 */
public record PoolQuestion(Question question, Set<String> tags, Difficulty difficulty, Optional<String> fact) {

    public PoolQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(fact, "fact");
        tags = Set.copyOf(tags);
    }

    /** A question that shares its fact with no other. */
    public PoolQuestion(Question question, Set<String> tags, Difficulty difficulty) {
        this(question, tags, difficulty, Optional.empty());
    }

    public String id() {
        return question.id();
    }
}
