package org.sala.persistence.attempt;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link AttemptRepository} over one {@link EntityManager}, i.e. one transaction. */
public final class JpaAttemptRepository implements AttemptRepository {

    private final EntityManager entityManager;

    public JpaAttemptRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(GradedAttempt attempt) {
        entityManager.persist(AttemptMapper.toEntity(attempt));
    }

    @Override
    public Optional<GradedAttempt> find(UUID id) {
        return Optional.ofNullable(entityManager.find(AttemptEntity.class, id.toString())).map(AttemptMapper::toAttempt);
    }

    @Override
    public List<GradedAttempt> findByQuiz(String packId, String quizId) {
        return entityManager.createNamedQuery(AttemptEntity.FIND_BY_QUIZ, AttemptEntity.class)
                .setParameter("packId", packId)
                .setParameter("quizId", quizId)
                .getResultStream()
                .map(AttemptMapper::toAttempt)
                .toList();
    }
}
