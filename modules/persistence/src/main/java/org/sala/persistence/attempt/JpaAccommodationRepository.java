package org.sala.persistence.attempt;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link AccommodationRepository} over JPA, within the caller's transaction. */
public final class JpaAccommodationRepository implements AccommodationRepository {

    private final Supplier<EntityManager> transaction;

    /** Over whatever transaction is current when a method is called. */
    public JpaAccommodationRepository(Supplier<EntityManager> transaction) {
        this.transaction = java.util.Objects.requireNonNull(transaction, "transaction");
    }

    private Optional<AccommodationEntity> entity(String learner, String packId, String quizId) {
        return transaction.get().createNamedQuery(AccommodationEntity.FIND, AccommodationEntity.class)
                .setParameter("learner", learner).setParameter("pack", packId).setParameter("quiz", quizId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<LearnerAccommodation> find(String learner, String packId, String quizId) {
        return entity(learner, packId, quizId).map(AccommodationEntity::toAccommodation);
    }

    @Override
    public List<LearnerAccommodation> forPack(String packId) {
        return transaction.get().createNamedQuery(AccommodationEntity.BY_PACK, AccommodationEntity.class).setParameter("pack", packId)
                .getResultStream().map(AccommodationEntity::toAccommodation).toList();
    }

    @Override
    public List<LearnerAccommodation> all() {
        return transaction.get().createNamedQuery(AccommodationEntity.ALL, AccommodationEntity.class)
                .getResultStream().map(AccommodationEntity::toAccommodation).toList();
    }

    @Override
    public void set(LearnerAccommodation accommodation) {
        entity(accommodation.learner(), accommodation.packId(), accommodation.quizId()).ifPresentOrElse(
                found -> found.update(accommodation), () -> transaction.get().persist(new AccommodationEntity(accommodation)));
    }

    @Override
    public boolean remove(String learner, String packId, String quizId) {
        Optional<AccommodationEntity> found = entity(learner, packId, quizId);
        found.ifPresent(transaction.get()::remove);
        return found.isPresent();
    }
}
