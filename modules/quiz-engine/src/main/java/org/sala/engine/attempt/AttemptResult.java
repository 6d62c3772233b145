package org.sala.engine.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sala.engine.scoring.QuizGrade;

/**
 * The graded outcome of a finished attempt.
 *
 * @param grade          every question's grade and the total
 * @param certaintyMarks the CBM total (sum of each question's certainty-based mark) when the quiz uses CBM
 * @param finishedAt     when the attempt was finished: the submission, or the end of the grace period
 * @param finishedBy     the learner submitting, or time running out
 */
public record AttemptResult(QuizGrade grade, Optional<BigDecimal> certaintyMarks, Instant finishedAt, FinishedBy finishedBy) {

    public enum FinishedBy {
        LEARNER, TIME
    }

    public AttemptResult {
        Objects.requireNonNull(grade, "grade");
        certaintyMarks = Objects.requireNonNull(certaintyMarks, "certaintyMarks").map(org.sala.engine.Decimals::canonical);
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(finishedBy, "finishedBy");
    }

    public BigDecimal percent() {
        return grade.total().percent(2);
    }
}
