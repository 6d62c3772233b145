package org.sala.persistence.authoring;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link AuthoringRepository} over JPA, within the caller's transaction. */
public final class JpaAuthoringRepository implements AuthoringRepository {

    private final Supplier<EntityManager> transaction;

    /** Over one transaction's entity manager. */
    public JpaAuthoringRepository(EntityManager entityManager) {
        this(() -> entityManager);
    }

    /** Over whatever transaction is current when a method is called. */
    public JpaAuthoringRepository(Supplier<EntityManager> transaction) {
        this.transaction = java.util.Objects.requireNonNull(transaction, "transaction");
    }

    private EntityManager entityManager() {
        return transaction.get();
    }

    @Override
    public List<QuestionDraft> drafts(String packId) {
        return entityManager().createNamedQuery(QuestionDraftEntity.BY_PACK, QuestionDraftEntity.class).setParameter("pack", packId)
                .getResultStream().map(QuestionDraftEntity::toDraft).toList();
    }

    @Override
    public Optional<QuestionDraft> draft(String packId, String questionId) {
        return Optional.ofNullable(entityManager().find(QuestionDraftEntity.class, new QuestionDraftEntity.Key(packId, questionId)))
                .map(QuestionDraftEntity::toDraft);
    }

    @Override
    public Saved save(QuestionDraft draft) {
        EntityManager entityManager = entityManager();
        QuestionDraftEntity stored = entityManager.find(QuestionDraftEntity.class, new QuestionDraftEntity.Key(draft.packId(), draft.questionId()));
        if (stored == null) {
            if (draft.revision() != 0) {
                // It was published or thrown away since this editor opened it.
                return new Saved(draft, true);
            }
            var created = new QuestionDraftEntity(draft);
            entityManager.persist(created);
            entityManager.flush();
            return new Saved(created.toDraft(), false);
        }
        if (stored.revision() != draft.revision()) {
            return new Saved(stored.toDraft(), true);
        }
        stored.update(draft);
        entityManager.flush();
        return new Saved(stored.toDraft(), false);
    }

    @Override
    public boolean discard(String packId, String questionId) {
        QuestionDraftEntity stored = entityManager().find(QuestionDraftEntity.class, new QuestionDraftEntity.Key(packId, questionId));
        if (stored == null) {
            return false;
        }
        entityManager().remove(stored);
        return true;
    }

    @Override
    public List<FileDraft> fileDrafts(String packId) {
        return entityManager().createNamedQuery(FileDraftEntity.BY_PACK, FileDraftEntity.class).setParameter("pack", packId)
                .getResultStream().map(FileDraftEntity::toDraft).toList();
    }

    @Override
    public Optional<FileDraft> fileDraft(String packId, String path) {
        return Optional.ofNullable(entityManager().find(FileDraftEntity.class, new FileDraftEntity.Key(packId, path)))
                .map(FileDraftEntity::toDraft);
    }

    @Override
    public SavedFile save(FileDraft draft) {
        EntityManager entityManager = entityManager();
        FileDraftEntity stored = entityManager.find(FileDraftEntity.class, new FileDraftEntity.Key(draft.packId(), draft.path()));
        if (stored == null) {
            if (draft.revision() != 0) {
                return new SavedFile(draft, true);
            }
            var created = new FileDraftEntity(draft);
            entityManager.persist(created);
            entityManager.flush();
            return new SavedFile(created.toDraft(), false);
        }
        if (stored.revision() != draft.revision()) {
            return new SavedFile(stored.toDraft(), true);
        }
        stored.update(draft);
        entityManager.flush();
        return new SavedFile(stored.toDraft(), false);
    }

    @Override
    public boolean discardFile(String packId, String path) {
        FileDraftEntity stored = entityManager().find(FileDraftEntity.class, new FileDraftEntity.Key(packId, path));
        if (stored == null) {
            return false;
        }
        entityManager().remove(stored);
        return true;
    }

    @Override
    public Optional<PackRelease> latest(String packId) {
        return entityManager().createNamedQuery(PackReleaseEntity.BY_PACK, PackReleaseEntity.class).setParameter("pack", packId)
                .setMaxResults(1).getResultStream().findFirst().map(release -> {
                    PackRelease bare = release.toRelease(Map.of());
                    var files = new LinkedHashMap<String, String>();
                    entityManager().createNamedQuery(PackReleaseFileEntity.OF_RELEASE, PackReleaseFileEntity.class)
                            .setParameter("pack", packId).setParameter("number", bare.number()).getResultStream()
                            .forEach(file -> files.put(file.path(), file.body()));
                    return release.toRelease(files);
                });
    }

    @Override
    public Map<String, Integer> latestNumbers() {
        var numbers = new LinkedHashMap<String, Integer>();
        entityManager().createNamedQuery(PackReleaseEntity.LATEST_NUMBERS, Object[].class).getResultStream()
                .forEach(row -> numbers.put((String) row[0], ((Number) row[1]).intValue()));
        return numbers;
    }

    @Override
    public List<PackRelease> releases(String packId) {
        return entityManager().createNamedQuery(PackReleaseEntity.BY_PACK, PackReleaseEntity.class).setParameter("pack", packId)
                .getResultStream().map(release -> release.toRelease(Map.of())).toList();
    }

    @Override
    public void add(PackRelease release) {
        EntityManager entityManager = entityManager();
        entityManager.persist(new PackReleaseEntity(release));
        entityManager.flush();
        release.files().forEach((path, body) -> entityManager.persist(new PackReleaseFileEntity(release.packId(), release.number(), path, body)));
    }
}
