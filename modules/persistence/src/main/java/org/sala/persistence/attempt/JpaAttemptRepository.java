package org.sala.persistence.attempt;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sala.engine.attempt.AttemptState;

/** {@link AttemptRepository} over JPA, within the caller's transaction. */
public final class JpaAttemptRepository implements AttemptRepository {

    private final Supplier<EntityManager> transaction;

    /** Over one transaction's entity manager. */
    public JpaAttemptRepository(EntityManager entityManager) {
        this(() -> entityManager);
    }

    /** Over whatever transaction is current when a method is called (the application's transaction boundary supplies it). */
    public JpaAttemptRepository(Supplier<EntityManager> transaction) {
        this.transaction = java.util.Objects.requireNonNull(transaction, "transaction");
    }

    private EntityManager entityManager() {
        return transaction.get();
    }

    @Override
    public void add(GradedAttempt attempt) {
        entityManager().persist(AttemptMapper.toEntity(attempt));
    }

    @Override
    public List<GradedAttempt> findSubmittedByLearner(String learner) {
        return entityManager().createNamedQuery(AttemptEntity.FIND_SUBMITTED_BY_LEARNER, AttemptEntity.class)
                .setParameter("learner", learner)
                .getResultStream()
                .map(AttemptMapper::toGradedAttempt)
                .toList();
    }

    @Override
    public Optional<java.time.Instant> startedAt(UUID id) {
        return Optional.ofNullable(entityManager().find(AttemptEntity.class, id.toString())).map(AttemptEntity::startedAt);
    }

    @Override
    public Optional<GradedAttempt> find(UUID id) {
        return Optional.ofNullable(entityManager().find(AttemptEntity.class, id.toString()))
                .filter(entity -> entity.state() == AttemptState.SUBMITTED)
                .map(AttemptMapper::toGradedAttempt);
    }

    @Override
    public List<GradedAttempt> findByQuiz(String packId, String quizId) {
        return entityManager().createNamedQuery(AttemptEntity.FIND_BY_QUIZ, AttemptEntity.class)
                .setParameter("packId", packId)
                .setParameter("quizId", quizId)
                .getResultStream()
                .map(AttemptMapper::toGradedAttempt)
                .toList();
    }

    @Override
    public void save(AttemptRecord attempt) {
        AttemptEntity entity = entityManager().find(AttemptEntity.class, attempt.id().toString());
        if (entity == null) {
            entityManager().persist(AttemptMapper.toEntity(attempt));
        } else {
            AttemptMapper.apply(attempt, entity);
            // A save may change only response rows; the attempt's version must move anyway, so that two
            // writers that read the same version cannot both commit.
            entityManager().lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
    }

    @Override
    public Optional<AttemptRecord> findRecord(UUID id, QuestionSource source) {
        return Optional.ofNullable(entityManager().find(AttemptEntity.class, id.toString()))
                .map(entity -> AttemptMapper.toRecord(entity, source));
    }

    @Override
    public List<AttemptRecord> findByLearnerAndQuiz(String learner, String packId, String quizId, QuestionSource source) {
        return entityManager().createNamedQuery(AttemptEntity.FIND_BY_LEARNER_AND_QUIZ, AttemptEntity.class)
                .setParameter("learner", learner)
                .setParameter("packId", packId)
                .setParameter("quizId", quizId)
                .getResultStream()
                .map(entity -> AttemptMapper.toRecord(entity, source))
                .toList();
    }

    @Override
    public List<AttemptRecord> findOpen(QuestionSource source) {
        return entityManager().createNamedQuery(AttemptEntity.FIND_OPEN, AttemptEntity.class)
                .getResultStream()
                .map(entity -> AttemptMapper.toRecord(entity, source))
                .toList();
    }
}
