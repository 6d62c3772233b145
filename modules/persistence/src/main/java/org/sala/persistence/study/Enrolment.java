package org.sala.persistence.study;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner studying a course (content pack): since when, and the lesson they were on last, which the
 * course page offers as "continue where you left off".
 */
public record Enrolment(String learner, String packId, Instant enrolledAt, Optional<String> lastLessonId,
                        Optional<Instant> lastVisitedAt) {

    public Enrolment {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
        Objects.requireNonNull(lastLessonId, "lastLessonId");
        Objects.requireNonNull(lastVisitedAt, "lastVisitedAt");
    }
}
