package org.sala.persistence.attempt;

import java.util.List;
import java.util.Optional;
import org.sala.engine.question.Question;

/**
 * Gives back the questions an attempt was assembled with. Questions live in the packs, not in the database:
 * the application assembles them again from the pack and the stored seed.
 */
@FunctionalInterface
public interface QuestionSource {

    List<Question> questions(String packId, String packVersion, String quizId, long seed);

    /**
     * One question of the pack by its id, for a submitted attempt whose quiz now assembles differently (the
     * pack was updated since): its marks are stored, so its own questions, looked up one by one, serve.
     */
    default Optional<Question> question(String packId, String questionId) {
        return Optional.empty();
    }
}
