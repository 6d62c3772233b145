package org.sala.persistence.grades;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A course's figures for its gradebook, read within the caller's transaction. */
public interface GradebookRepository {

    /**
     * Every attempt at the course's quizzes (open, submitted or abandoned) with what a grade needs and nothing more,
     * in no particular order: the gradebook reads this on every request, for thousands of learners.
     */
    List<AttemptScore> scores(String packId);

    /** Every attempt at the course's quizzes with its times, by learner, quiz and number (the per-attempt CSV). */
    List<AttemptSummary> attempts(String packId);

    /** One learner's attempts at the course's quizzes, by quiz and number. */
    List<AttemptSummary> attempts(String packId, String learner);

    /** The lessons one learner marked studied in the course, with when. */
    Map<String, Instant> lessonsStudied(String packId, String learner);

    /** The lessons each learner marked studied in the course, by learner. */
    Map<String, java.util.Set<String>> lessonsStudied(String packId);

    /** Who is enrolled in the course (visited it or studied a lesson), with when they enrolled. */
    Map<String, Instant> enrolled(String packId);

    /** The display names of these accounts; a name without an account is left out. */
    Map<String, String> displayNames(String packId);
}
