package org.sala.persistence.attempt;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.sala.engine.scoring.QuizGrade;

/**
 * A submitted, graded attempt as it is stored: which quiz of which pack version, who, when, and the
 * engine's grade. The id is the business key, made by the application before the attempt is stored.
 * Times are kept to the microsecond, as every supported database can store them.
 */
public record GradedAttempt(UUID id, String learner, String packId, String packVersion, String quizId,
                            Instant submittedAt, QuizGrade grade) {

    public GradedAttempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(packVersion, "packVersion");
        Objects.requireNonNull(quizId, "quizId");
        submittedAt = Objects.requireNonNull(submittedAt, "submittedAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(grade, "grade");
    }
}
