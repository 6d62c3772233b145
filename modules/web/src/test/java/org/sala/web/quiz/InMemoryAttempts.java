package org.sala.web.quiz;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sala.persistence.attempt.AttemptRecord;
import org.sala.persistence.attempt.AttemptRepository;
import org.sala.persistence.attempt.GradedAttempt;
import org.sala.persistence.attempt.QuestionSource;
import org.sala.persistence.attempt.Regrade;

/**
 * Attempts kept in a map, for testing services without a database: the same contract as the JPA
 * repository as far as the services use it (the contract itself is tested on H2 and PostgreSQL).
 */
final class InMemoryAttempts implements AttemptRepository {

    private final Map<UUID, AttemptRecord> records = new LinkedHashMap<>();
    private final Map<UUID, GradedAttempt> graded = new LinkedHashMap<>();
    int saves;

    @Override
    public void add(GradedAttempt attempt) {
        graded.put(attempt.id(), attempt);
    }

    @Override
    public List<GradedAttempt> findSubmittedByLearner(String learner) {
        return allGraded().stream().filter(attempt -> attempt.learner().equals(learner))
                .sorted(Comparator.comparing(GradedAttempt::submittedAt).reversed()).toList();
    }

    @Override
    public Optional<Instant> startedAt(UUID id) {
        return Optional.ofNullable(records.get(id)).map(record -> record.attempt().startedAt());
    }

    @Override
    public Optional<GradedAttempt> find(UUID id) {
        return allGraded().stream().filter(attempt -> attempt.id().equals(id)).findFirst();
    }

    @Override
    public List<GradedAttempt> findByQuiz(String packId, String quizId) {
        return allGraded().stream().filter(attempt -> attempt.packId().equals(packId) && attempt.quizId().equals(quizId))
                .sorted(Comparator.comparing(GradedAttempt::submittedAt)).toList();
    }

    @Override
    public void save(AttemptRecord attempt) {
        saves++;
        records.put(attempt.id(), attempt);
    }

    @Override
    public Optional<AttemptRecord> findRecord(UUID id, QuestionSource source) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public List<AttemptRecord> findByLearnerAndQuiz(String learner, String packId, String quizId, QuestionSource source) {
        return records.values().stream().filter(record -> record.learner().equals(learner) && record.packId().equals(packId)
                && record.quizId().equals(quizId)).toList();
    }

    @Override
    public List<AttemptRecord> findOpen(QuestionSource source) {
        return records.values().stream().filter(record -> record.attempt().state().isOpen()).toList();
    }

    @Override
    public List<AttemptRecord> findSubmittedRecords(String packId, String quizId, QuestionSource source) {
        return records.values().stream().filter(record -> record.packId().equals(packId) && record.quizId().equals(quizId)
                && record.attempt().state() == org.sala.engine.attempt.AttemptState.SUBMITTED).toList();
    }

    private final List<Regrade> regrades = new java.util.ArrayList<>();

    @Override
    public void addRegrade(Regrade regrade) {
        regrades.add(regrade);
    }

    @Override
    public List<Regrade> regrades(UUID attemptId) {
        return regrades.stream().filter(regrade -> regrade.attemptId().equals(attemptId)).toList();
    }

    /** Attempts kept in memory keep no question texts, so no versions are known. */
    @Override
    public Map<UUID, Map<String, String>> questionVersions(String packId, String quizId) {
        return Map.of();
    }

    /** Graded attempts added directly, and stored attempts that have a result, as the database keeps both. */
    private List<GradedAttempt> allGraded() {
        var all = new LinkedHashMap<>(graded);
        records.values().forEach(record -> record.attempt().result().ifPresent(result -> all.put(record.id(),
                new GradedAttempt(record.id(), record.learner(), record.packId(), record.packVersion(), record.quizId(),
                        result.finishedAt(), result.grade()))));
        return List.copyOf(all.values());
    }
}
