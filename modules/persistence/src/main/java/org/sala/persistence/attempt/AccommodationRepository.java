package org.sala.persistence.attempt;

import java.util.List;
import java.util.Optional;

/** Learners' accommodations at quizzes, within the caller's transaction. */
public interface AccommodationRepository {

    Optional<LearnerAccommodation> find(String learner, String packId, String quizId);

    /** Every accommodation at one course's quizzes, by learner then quiz. */
    List<LearnerAccommodation> forPack(String packId);

    /** Every accommodation (for the sweep that finishes overdue attempts). */
    List<LearnerAccommodation> all();

    /** Stores it, in place of the learner's earlier one at that quiz. */
    void set(LearnerAccommodation accommodation);

    /** Removes it; false when there was none. */
    boolean remove(String learner, String packId, String quizId);
}
