package org.sala.persistence.account;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Supplier;

/** {@link AccessRepository} over JPA, within the caller's transaction. */
public final class JpaAccessRepository implements AccessRepository {

    private final Supplier<EntityManager> transaction;

    /** Over one transaction's entity manager. */
    public JpaAccessRepository(EntityManager entityManager) {
        this(() -> entityManager);
    }

    /** Over whatever transaction is current when a method is called (the application's transaction boundary supplies it). */
    public JpaAccessRepository(Supplier<EntityManager> transaction) {
        this.transaction = java.util.Objects.requireNonNull(transaction, "transaction");
    }

    private EntityManager entityManager() {
        return transaction.get();
    }

    @Override
    public boolean grant(CourseEditor editor) {
        if (mayEdit(editor.username(), editor.packId())) {
            return false;
        }
        entityManager().persist(new CourseEditorEntity(editor));
        return true;
    }

    @Override
    public boolean revoke(String username, String packId) {
        CourseEditorEntity found = entityManager().find(CourseEditorEntity.class, new CourseEditorEntity.Key(username, packId));
        if (found == null) {
            return false;
        }
        entityManager().remove(found);
        return true;
    }

    @Override
    public boolean mayEdit(String username, String packId) {
        return entityManager().find(CourseEditorEntity.class, new CourseEditorEntity.Key(username, packId)) != null;
    }

    @Override
    public List<CourseEditor> editors() {
        return entityManager().createNamedQuery(CourseEditorEntity.FIND_ALL, CourseEditorEntity.class).getResultStream()
                .map(CourseEditorEntity::toEditor).toList();
    }

    @Override
    public void record(AuditEvent event) {
        entityManager().persist(new AuditEventEntity(event));
    }

    @Override
    public List<AuditEvent> events(int limit) {
        return entityManager().createNamedQuery(AuditEventEntity.NEWEST, AuditEventEntity.class).setMaxResults(limit)
                .getResultStream().map(AuditEventEntity::toEvent).toList();
    }

    @Override
    public List<AuditEvent> events(String packId, int limit) {
        return entityManager().createNamedQuery(AuditEventEntity.NEWEST_OF_PACK, AuditEventEntity.class).setParameter("pack", packId)
                .setMaxResults(limit).getResultStream().map(AuditEventEntity::toEvent).toList();
    }

    @Override
    public List<AuditEvent> eventsAbout(String subject, int limit) {
        return entityManager().createNamedQuery(AuditEventEntity.NEWEST_ABOUT, AuditEventEntity.class).setParameter("subject", subject)
                .setMaxResults(limit).getResultStream().map(AuditEventEntity::toEvent).toList();
    }
}
