package org.sala.persistence.study;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.sala.engine.review.ReviewEvent;

/** {@link StudyRepository} over JPA, within the caller's transaction. */
public final class JpaStudyRepository implements StudyRepository {

    private final Supplier<EntityManager> transaction;

    /** Over one transaction's entity manager. */
    public JpaStudyRepository(EntityManager entityManager) {
        this(() -> entityManager);
    }

    /** Over whatever transaction is current when a method is called (the application's transaction boundary supplies it). */
    public JpaStudyRepository(Supplier<EntityManager> transaction) {
        this.transaction = java.util.Objects.requireNonNull(transaction, "transaction");
    }

    private EntityManager entityManager() {
        return transaction.get();
    }

    @Override
    public Optional<Enrolment> enrolment(String learner, String packId) {
        return entity(learner, packId).map(EnrolmentEntity::toEnrolment);
    }

    /** Enrols the learner if they are not yet, and remembers this lesson (if any) as the one they are on. */
    @Override
    public Enrolment visit(String learner, String packId, Optional<String> lessonId, Instant at) {
        EnrolmentEntity enrolment = entity(learner, packId).orElseGet(() -> {
            var created = new EnrolmentEntity(learner, packId, at);
            entityManager().persist(created);
            return created;
        });
        lessonId.ifPresent(lesson -> enrolment.visit(lesson, at));
        return enrolment.toEnrolment();
    }

    /** Marks a lesson as studied (enrolling the learner); false if it was marked already. */
    @Override
    public boolean markStudied(String learner, String packId, String lessonId, Instant at) {
        visit(learner, packId, Optional.empty(), at);
        if (studiedLessons(learner, packId).contains(lessonId)) {
            return false;
        }
        entityManager().persist(new LessonProgressEntity(learner, packId, lessonId, at));
        return true;
    }

    /** Takes the "studied" mark off a lesson; false if it had none. */
    @Override
    public boolean unmarkStudied(String learner, String packId, String lessonId) {
        List<LessonProgressEntity> marks = progress(learner, packId).stream().filter(mark -> mark.lessonId().equals(lessonId)).toList();
        marks.forEach(entityManager()::remove);
        return !marks.isEmpty();
    }

    @Override
    public Set<String> studiedLessons(String learner, String packId) {
        var lessons = new HashSet<String>();
        progress(learner, packId).forEach(mark -> lessons.add(mark.lessonId()));
        return Set.copyOf(lessons);
    }

    @Override
    public void addReview(String learner, String packId, String questionId, ReviewEvent event) {
        entityManager().persist(new ReviewEventEntity(learner, packId, questionId, event));
    }

    /** Each reviewed question's events, earliest first; questions never reviewed are absent. */
    @Override
    public Map<String, List<ReviewEvent>> reviewHistory(String learner, String packId) {
        var history = new LinkedHashMap<String, List<ReviewEvent>>();
        entityManager().createNamedQuery(ReviewEventEntity.BY_LEARNER, ReviewEventEntity.class)
                .setParameter("learner", learner).setParameter("pack", packId)
                .getResultList()
                .forEach(row -> history.computeIfAbsent(row.questionId(), id -> new ArrayList<>()).add(row.toEvent()));
        history.replaceAll((question, events) -> List.copyOf(events));
        return history;
    }

    /** Flags a question of an attempt for review by the learner, or takes the flag off. */
    @Override
    public void flag(UUID attemptId, String questionId, boolean flagged) {
        entityManager().createNativeQuery("DELETE FROM attempt_flag WHERE attempt_id = ?1 AND question_id = ?2")
                .setParameter(1, attemptId.toString()).setParameter(2, questionId)
                .executeUpdate();
        if (flagged) {
            entityManager().createNativeQuery("INSERT INTO attempt_flag (attempt_id, question_id) VALUES (?1, ?2)")
                    .setParameter(1, attemptId.toString()).setParameter(2, questionId)
                    .executeUpdate();
        }
    }

    @Override
    public Set<String> flags(UUID attemptId) {
        List<?> rows = entityManager().createNativeQuery("SELECT question_id FROM attempt_flag WHERE attempt_id = ?1")
                .setParameter(1, attemptId.toString())
                .getResultList();
        var flags = new HashSet<String>();
        rows.forEach(row -> flags.add(String.valueOf(row)));
        return Set.copyOf(flags);
    }

    private Optional<EnrolmentEntity> entity(String learner, String packId) {
        return entityManager().createNamedQuery(EnrolmentEntity.FIND, EnrolmentEntity.class)
                .setParameter("learner", learner).setParameter("pack", packId)
                .getResultStream().findFirst();
    }

    private List<LessonProgressEntity> progress(String learner, String packId) {
        return entityManager().createNamedQuery(LessonProgressEntity.BY_LEARNER, LessonProgressEntity.class)
                .setParameter("learner", learner).setParameter("pack", packId)
                .getResultList();
    }
}
