package org.sala.persistence.attempt;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Attempts in storage. Implementations run inside the caller's transaction: read an attempt, let the engine
 * change it, {@link #save} it, and the commit makes the change durable (or fails on a concurrent change).
 */
public interface AttemptRepository {

    /** Stores a new graded attempt with all its responses (an attempt graded in one go). */
    void add(GradedAttempt attempt);

    /** A learner's submitted attempts at every quiz of every pack, newest first. */
    List<GradedAttempt> findSubmittedByLearner(String learner);

    /** When the attempt was started, open or submitted; empty when there is no such attempt. */
    Optional<java.time.Instant> startedAt(UUID id);

    /** The graded attempt with this id; empty if there is none or it is not submitted yet. */
    Optional<GradedAttempt> find(UUID id);

    /** Every submitted attempt at one quiz of one pack, oldest first. */
    List<GradedAttempt> findByQuiz(String packId, String quizId);

    /** Stores an attempt in whatever state the engine left it: new, saved, checked, submitted or abandoned. */
    void save(AttemptRecord attempt);

    /**
     * Stores the versions of these questions that are not stored yet (as {@link #save} of a new attempt does),
     * so that attempts about to start find them stored and write none themselves. Storage that keeps no
     * versions does nothing.
     */
    default void keepVersions(String packId, List<org.sala.engine.question.Question> questions, java.time.Instant at) {
    }

    /** An attempt with the state of every question, its questions assembled again by {@code source}. */
    Optional<AttemptRecord> findRecord(UUID id, QuestionSource source);

    /** A learner's attempts at one quiz, first to last. */
    List<AttemptRecord> findByLearnerAndQuiz(String learner, String packId, String quizId, QuestionSource source);

    /** Every attempt still open (in progress or overdue), oldest first: those time may have finished. */
    List<AttemptRecord> findOpen(QuestionSource source);

    /** Every submitted attempt at one quiz, with its questions and their states, oldest first: what a regrade works on. */
    List<AttemptRecord> findSubmittedRecords(String packId, String quizId, QuestionSource source);

    /** Records that a question of an attempt was graded again. */
    void addRegrade(Regrade regrade);

    /** The regrades of an attempt, oldest first. */
    List<Regrade> regrades(UUID attemptId);

    /**
     * The question versions each submitted attempt at a quiz holds, by attempt and question id; attempts stored
     * before versions were kept name none.
     */
    Map<UUID, Map<String, String>> questionVersions(String packId, String quizId);
}
