package org.sala.persistence.attempt;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Graded attempts in storage. Implementations run inside the caller's transaction. */
public interface AttemptRepository {

    /** Stores a new attempt with all its responses. */
    void add(GradedAttempt attempt);

    Optional<GradedAttempt> find(UUID id);

    /** Every attempt at one quiz of one pack, oldest first. */
    List<GradedAttempt> findByQuiz(String packId, String quizId);
}
