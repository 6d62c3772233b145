package org.sala.engine.attempt;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sala.engine.question.Question;

/**
 * One learner's attempt at a quiz: the questions it was assembled with (in order), the state of each and,
 * once finished, the result. Immutable; {@link Attempts} makes the next state. Invariants: every question
 * has a state; a submitted attempt has a result and an open or abandoned one has none.
 *
 * @param number 1 for the learner's first attempt at this quiz, 2 for the second, ...
 */
public record Attempt(String id, int number, List<Question> questions, Instant startedAt, AttemptState state,
                      Map<String, QuestionState> questionStates, Optional<AttemptResult> result) {

    public Attempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(result, "result");
        questions = List.copyOf(questions);
        questionStates = Map.copyOf(questionStates);
        if (number < 1) {
            throw new IllegalArgumentException("attempt number " + number + " must be at least 1");
        }
        for (Question question : questions) {
            if (!questionStates.containsKey(question.id())) {
                throw new IllegalArgumentException("attempt " + id + " has no state for question '" + question.id() + "'");
            }
        }
        if (questionStates.size() != questions.size()) {
            throw new IllegalArgumentException("attempt " + id + " has states for questions it does not hold");
        }
        if ((state == AttemptState.SUBMITTED) != result.isPresent()) {
            throw new IllegalArgumentException("attempt " + id + " is " + state + (result.isPresent() ? " but has" : " but has no") + " result");
        }
    }

    /** A new attempt: every question blank. */
    static Attempt started(String id, int number, List<Question> questions, Instant at) {
        var states = new HashMap<String, QuestionState>();
        questions.forEach(question -> {
            if (states.put(question.id(), QuestionState.BLANK) != null) {
                throw new IllegalArgumentException("question '" + question.id() + "' appears twice in attempt " + id);
            }
        });
        return new Attempt(id, number, questions, at, AttemptState.IN_PROGRESS, states, Optional.empty());
    }

    public QuestionState state(String questionId) {
        QuestionState state = questionStates.get(questionId);
        if (state == null) {
            throw new IllegalArgumentException("attempt " + id + " has no question '" + questionId + "'");
        }
        return state;
    }

    Attempt with(AttemptState newState, Map<String, QuestionState> newStates, Optional<AttemptResult> newResult) {
        return new Attempt(id, number, questions, startedAt, newState, newStates, newResult);
    }

    Attempt withQuestion(String questionId, QuestionState questionState) {
        var states = new HashMap<>(questionStates);
        states.put(questionId, questionState);
        return with(state, states, result);
    }
}
