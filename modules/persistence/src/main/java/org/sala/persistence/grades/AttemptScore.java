package org.sala.persistence.grades;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.sala.engine.attempt.AttemptState;
import org.sala.engine.scoring.Score;

/** One attempt as a gradebook's grade needs it, and no more: whose, which quiz, its number, its state, its score once submitted. */
public record AttemptScore(String learner, String quizId, int number, AttemptState state, Optional<Score> score) {

    public AttemptScore {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(quizId, "quizId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(score, "score");
    }

    /** The percentage as the learner's result shows it (two places), once submitted. */
    public Optional<BigDecimal> percent() {
        return state == AttemptState.SUBMITTED ? score.map(total -> total.percent(2)) : Optional.empty();
    }
}
