package org.sala.persistence.study;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sala.engine.review.ReviewEvent;

/**
 * Enrolments, lesson progress, review history and attempt flags in storage, within the caller's
 * transaction. Marking, visiting and flagging are idempotent: doing one twice leaves one row.
 */
public interface StudyRepository {

    /** The learner's enrolment in a course; empty until they first visit it. */
    Optional<Enrolment> enrolment(String learner, String packId);

    /** Enrols the learner if they are not yet, and remembers this lesson (if any) as the one they are on. */
    Enrolment visit(String learner, String packId, Optional<String> lessonId, Instant at);

    /** Marks a lesson as studied (enrolling the learner); false if it was marked already. */
    boolean markStudied(String learner, String packId, String lessonId, Instant at);

    /** Takes the "studied" mark off a lesson; false if it had none. */
    boolean unmarkStudied(String learner, String packId, String lessonId);

    /** The lessons of a course the learner marked as studied. */
    Set<String> studiedLessons(String learner, String packId);

    /** Adds one review answer to the learner's history of a question. */
    void addReview(String learner, String packId, String questionId, ReviewEvent event);

    /** Each reviewed question's events, earliest first; questions never reviewed are absent. */
    Map<String, List<ReviewEvent>> reviewHistory(String learner, String packId);

    /** Flags a question of an attempt for review by the learner, or takes the flag off. */
    void flag(UUID attemptId, String questionId, boolean flagged);

    /** The questions flagged in an attempt. */
    Set<String> flags(UUID attemptId);
}
