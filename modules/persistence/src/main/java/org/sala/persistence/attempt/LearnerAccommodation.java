package org.sala.persistence.attempt;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.sala.engine.attempt.Accommodation;

/** One learner's accommodation at one quiz, and who set it when. */
public record LearnerAccommodation(String learner, String packId, String quizId, Accommodation accommodation, String setBy, Instant setAt) {

    public LearnerAccommodation {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(quizId, "quizId");
        Objects.requireNonNull(accommodation, "accommodation");
        Objects.requireNonNull(setBy, "setBy");
        setAt = Objects.requireNonNull(setAt, "setAt").truncatedTo(ChronoUnit.MICROS);
    }
}
