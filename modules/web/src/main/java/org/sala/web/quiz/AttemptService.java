package org.sala.web.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sala.engine.assembly.Assembler;
import org.sala.engine.assembly.Assembly;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.persistence.attempt.GradedAttempt;
import org.sala.persistence.attempt.JpaAttemptRepository;

/** Assembling an attempt's questions from its seed, and reading submitted attempts. */
@ApplicationScoped
public class AttemptService {

    @Inject
    SalaDatabase database;

    /**
     * The questions of an attempt at {@code quiz}, made from its blueprint and the pack's pool with this
     * seed: the same seed always gives the same questions, order and option order.
     */
    public Assembly assemble(Pack pack, Quiz quiz, long seed) {
        return Assembler.assemble(quiz.blueprint(), pack.pool(), seed, Set.of());
    }

    public Optional<GradedAttempt> find(UUID attemptId) {
        return database.transaction(entityManager -> new JpaAttemptRepository(entityManager).find(attemptId));
    }

    /** The submitted attempts at a quiz, oldest first: what question statistics are computed from. */
    public java.util.List<GradedAttempt> submitted(String packId, String quizId) {
        return database.transaction(entityManager -> new JpaAttemptRepository(entityManager).findByQuiz(packId, quizId));
    }
}
