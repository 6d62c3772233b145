package org.sala.engine.assembly;

import java.util.List;
import org.sala.engine.question.Question;

/** The questions of one attempt, in order, and the seed that made them. */
public record Assembly(long seed, List<AssembledQuestion> questions) {

    public Assembly {
        questions = List.copyOf(questions);
    }

    public List<Question> engineQuestions() {
        return questions.stream().map(AssembledQuestion::question).toList();
    }
}
