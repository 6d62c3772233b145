package org.sala.persistence.attempt;

import java.util.List;
import org.sala.engine.question.Question;

/**
 * Gives back the questions an attempt was assembled with. Questions live in the packs, not in the database:
 * the application assembles them again from the pack and the stored seed.
 */
@FunctionalInterface
public interface QuestionSource {

    List<Question> questions(String packId, String packVersion, String quizId, long seed);
}
