package org.sala.persistence.attempt;

import java.util.Objects;
import java.util.UUID;
import org.sala.engine.attempt.Attempt;

/**
 * An attempt as stored: the engine's {@link Attempt} (its questions, the state of each, its result) and what
 * the application needs around it: whose it is, which quiz of which pack version, and the seed its questions
 * were assembled with. The engine attempt's id is this record's id.
 */
public record AttemptRecord(UUID id, String learner, String packId, String packVersion, String quizId, long seed, Attempt attempt) {

    public AttemptRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(packVersion, "packVersion");
        Objects.requireNonNull(quizId, "quizId");
        Objects.requireNonNull(attempt, "attempt");
        if (!attempt.id().equals(id.toString())) {
            throw new IllegalArgumentException("record " + id + " holds attempt " + attempt.id());
        }
    }

    public AttemptRecord with(Attempt changed) {
        return new AttemptRecord(id, learner, packId, packVersion, quizId, seed, changed);
    }
}
