package org.sala.persistence.attempt;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.sala.engine.scoring.Score;

/**
 * One question of one attempt graded again after its question was corrected: when, by whom, and its marks
 * before and after. Times are kept to the microsecond.
 */
public record Regrade(UUID attemptId, Instant at, String by, String questionId, Score before, Score after) {

    public Regrade {
        Objects.requireNonNull(attemptId, "attemptId");
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
