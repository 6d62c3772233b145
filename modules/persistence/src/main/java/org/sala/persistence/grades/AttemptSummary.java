package org.sala.persistence.grades;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.sala.engine.attempt.AttemptResult.FinishedBy;
import org.sala.engine.attempt.AttemptState;
import org.sala.engine.scoring.Score;

/**
 * One attempt as a gradebook needs it: whose, which quiz, its number and state, when, and its score once
 * submitted (as stored, so after any regrade).
 */
public record AttemptSummary(UUID id, String learner, String quizId, int number, AttemptState state, Instant startedAt,
                             Optional<Instant> submittedAt, Optional<FinishedBy> finishedBy, Optional<Score> score) {

    public AttemptSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(quizId, "quizId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(finishedBy, "finishedBy");
        Objects.requireNonNull(score, "score");
    }

    /** The percentage as the learner's result shows it (two places), once submitted. */
    public Optional<BigDecimal> percent() {
        return toScore().percent();
    }

    /** What a grade needs of it. */
    public AttemptScore toScore() {
        return new AttemptScore(learner, quizId, number, state, score);
    }
}
