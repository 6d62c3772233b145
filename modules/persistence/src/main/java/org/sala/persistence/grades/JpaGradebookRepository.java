package org.sala.persistence.grades;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.sala.engine.attempt.AttemptResult.FinishedBy;
import org.sala.engine.attempt.AttemptState;
import org.sala.engine.scoring.Score;

/** {@link GradebookRepository} over JPA: projections only, no entity is loaded. */
public final class JpaGradebookRepository implements GradebookRepository {

    private final Supplier<EntityManager> transaction;

    public JpaGradebookRepository(Supplier<EntityManager> transaction) {
        this.transaction = java.util.Objects.requireNonNull(transaction, "transaction");
    }

    /**
     * Plain SQL for the reads of a whole course: a JPQL report query builds a record per row with every column
     * converted, which for 85,000 attempts cost most of a gradebook request and much of a 512 MB heap.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String packId) {
        return transaction.get().createNativeQuery(sql).setParameter(1, packId).getResultList();
    }

    @Override
    public List<AttemptScore> scores(String packId) {
        List<Object[]> rows = rows("SELECT learner, quiz_id, attempt_number, state, earned, possible FROM attempt"
                + " WHERE pack_id = ? AND learner IS NOT NULL", packId);
        var scores = new java.util.ArrayList<AttemptScore>(rows.size());
        for (Object[] row : rows) {
            BigDecimal earned = (BigDecimal) row[4];
            BigDecimal possible = (BigDecimal) row[5];
            scores.add(new AttemptScore((String) row[0], (String) row[1], ((Number) row[2]).intValue(), AttemptState.valueOf((String) row[3]),
                    earned == null || possible == null ? Optional.empty() : Optional.of(new Score(earned, possible))));
        }
        return scores;
    }

    @Override
    public List<AttemptSummary> attempts(String packId) {
        return transaction.get().createQuery("SELECT a.id, a.learner, a.quizId, a.attemptNumber, a.state, a.startedAt, a.submittedAt,"
                        + " a.finishedBy, a.earned, a.possible FROM AttemptEntity a WHERE a.packId = :pack AND a.learner IS NOT NULL"
                        + " ORDER BY a.learner, a.quizId, a.attemptNumber", Object[].class)
                .setParameter("pack", packId).getResultStream().map(JpaGradebookRepository::summary).toList();
    }

    @Override
    public List<AttemptSummary> attempts(String packId, String learner) {
        return transaction.get().createQuery("SELECT a.id, a.learner, a.quizId, a.attemptNumber, a.state, a.startedAt, a.submittedAt,"
                        + " a.finishedBy, a.earned, a.possible FROM AttemptEntity a WHERE a.packId = :pack AND a.learner = :learner"
                        + " ORDER BY a.quizId, a.attemptNumber", Object[].class)
                .setParameter("pack", packId).setParameter("learner", learner).getResultStream().map(JpaGradebookRepository::summary).toList();
    }

    @Override
    public Map<String, Instant> lessonsStudied(String packId, String learner) {
        var studied = new HashMap<String, Instant>();
        transaction.get().createQuery("SELECT p.lessonId, p.studiedAt FROM LessonProgressEntity p WHERE p.packId = :pack AND p.learner = :learner",
                        Object[].class)
                .setParameter("pack", packId).setParameter("learner", learner).getResultStream()
                .forEach(row -> studied.put((String) row[0], ((OffsetDateTime) row[1]).toInstant()));
        return studied;
    }

    private static AttemptSummary summary(Object[] row) {
        BigDecimal earned = (BigDecimal) row[8];
        BigDecimal possible = (BigDecimal) row[9];
        return new AttemptSummary(UUID.fromString((String) row[0]), (String) row[1], (String) row[2], ((Number) row[3]).intValue(),
                (AttemptState) row[4], ((OffsetDateTime) row[5]).toInstant(), Optional.ofNullable((OffsetDateTime) row[6]).map(OffsetDateTime::toInstant),
                Optional.ofNullable((FinishedBy) row[7]),
                earned == null || possible == null ? Optional.empty() : Optional.of(new Score(earned, possible)));
    }

    @Override
    public Map<String, java.util.Set<String>> lessonsStudied(String packId) {
        var studied = new HashMap<String, java.util.Set<String>>();
        rows("SELECT learner, lesson_id FROM lesson_progress WHERE pack_id = ?", packId)
                .forEach(row -> studied.computeIfAbsent((String) row[0], learner -> new java.util.HashSet<>()).add((String) row[1]));
        return studied;
    }

    @Override
    public Map<String, Instant> enrolled(String packId) {
        var enrolled = new HashMap<String, Instant>();
        transaction.get().createQuery("SELECT e.learner, e.enrolledAt FROM EnrolmentEntity e WHERE e.packId = :pack", Object[].class)
                .setParameter("pack", packId).getResultStream()
                .forEach(row -> enrolled.put((String) row[0], ((OffsetDateTime) row[1]).toInstant()));
        return enrolled;
    }

    @Override
    public Map<String, String> displayNames(String packId) {
        var names = new HashMap<String, String>();
        transaction.get().createQuery("SELECT a.username, a.displayName FROM AccountEntity a WHERE a.username IN"
                        + " (SELECT e.learner FROM EnrolmentEntity e WHERE e.packId = :pack)"
                        + " OR a.username IN (SELECT t.learner FROM AttemptEntity t WHERE t.packId = :pack)", Object[].class)
                .setParameter("pack", packId).getResultStream()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }
}
