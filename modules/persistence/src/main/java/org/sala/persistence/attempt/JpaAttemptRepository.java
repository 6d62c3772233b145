package org.sala.persistence.attempt;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.sala.engine.attempt.AttemptState;
import org.sala.engine.question.Question;

/** {@link AttemptRepository} over JPA, within the caller's transaction. */
public final class JpaAttemptRepository implements AttemptRepository {

    private static final int VERSIONS_KEPT = 20_000;

    private final Supplier<EntityManager> transaction;
    private final QuestionCodec codec;
    /** Versions read before, by version: a version never changes, so it is read from the database once. */
    private final Map<String, Question> read = java.util.Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Question> eldest) {
            return size() > VERSIONS_KEPT;
        }
    });
    /** Versions seen stored in the database (never one only written in a transaction that might still roll back). */
    private final Set<String> stored = ConcurrentHashMap.newKeySet();

    /** Over one transaction's entity manager. */
    public JpaAttemptRepository(EntityManager entityManager, QuestionCodec codec) {
        this(() -> entityManager, codec);
    }

    /** Over whatever transaction is current when a method is called (the application's transaction boundary supplies it). */
    public JpaAttemptRepository(Supplier<EntityManager> transaction, QuestionCodec codec) {
        this.transaction = java.util.Objects.requireNonNull(transaction, "transaction");
        this.codec = java.util.Objects.requireNonNull(codec, "codec");
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
            entityManager().persist(AttemptMapper.toEntity(attempt, keep(attempt)));
        } else {
            AttemptMapper.apply(attempt, entity);
            versionChanged(attempt, entity);
            // A save may change only response rows; the attempt's version must move anyway, so that two
            // writers that read the same version cannot both commit.
            entityManager().lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
    }

    @Override
    public Optional<AttemptRecord> findRecord(UUID id, QuestionSource source) {
        return Optional.ofNullable(entityManager().find(AttemptEntity.class, id.toString()))
                .map(entity -> AttemptMapper.toRecord(entity, source, kept(entity)));
    }

    @Override
    public List<AttemptRecord> findByLearnerAndQuiz(String learner, String packId, String quizId, QuestionSource source) {
        return entityManager().createNamedQuery(AttemptEntity.FIND_BY_LEARNER_AND_QUIZ, AttemptEntity.class)
                .setParameter("learner", learner)
                .setParameter("packId", packId)
                .setParameter("quizId", quizId)
                .getResultStream()
                .map(entity -> AttemptMapper.toRecord(entity, source, kept(entity)))
                .toList();
    }

    @Override
    public List<AttemptRecord> findOpen(QuestionSource source) {
        return entityManager().createNamedQuery(AttemptEntity.FIND_OPEN, AttemptEntity.class)
                .getResultStream()
                .map(entity -> AttemptMapper.toRecord(entity, source, kept(entity)))
                .toList();
    }

    @Override
    public void keepVersions(String packId, List<Question> questions, java.time.Instant at) {
        keep(packId, questions, at);
    }

    /** Stores every question version the new attempt holds that is not stored yet; their versions by question id. */
    private Map<String, String> keep(AttemptRecord attempt) {
        return keep(attempt.packId(), attempt.attempt().questions(), attempt.attempt().startedAt());
    }

    private Map<String, String> keep(String packId, List<Question> questions, java.time.Instant at) {
        var versions = new HashMap<String, String>();
        for (Question question : questions) {
            String text = codec.text(question);
            String version = codec.version(text);
            versions.put(question.id(), version);
            if (!stored.contains(version)) {
                if (entityManager().find(QuestionVersionEntity.class, version) != null) {
                    stored.add(version);
                    read.putIfAbsent(version, question);
                } else {
                    // Two attempts starting at once with a new version: the later commit fails and is tried again.
                    entityManager().persist(new QuestionVersionEntity(version, packId, question.id(), text, at));
                    read.put(version, question);
                }
            }
        }
        return versions;
    }

    /** The questions an attempt's rows name by version, in question order; empty for rows stored before versions were kept. */
    private Optional<List<Question>> kept(AttemptEntity entity) {
        Optional<List<String>> versions = AttemptMapper.versions(entity);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = versions.get().stream().filter(version -> !read.containsKey(version)).distinct().toList();
        if (!missing.isEmpty()) {
            entityManager().createNamedQuery(QuestionVersionEntity.FIND_ALL, QuestionVersionEntity.class)
                    .setParameter("versions", missing).getResultStream()
                    .forEach(row -> read.put(row.version(), codec.question(row.body())));
        }
        var questions = new ArrayList<Question>();
        for (String version : versions.get()) {
            Question question = read.get(version);
            if (question == null) {
                throw new IllegalStateException("attempt " + entity.id() + " names question version " + version + ", which is not stored");
            }
            questions.add(question);
        }
        return Optional.of(questions);
    }

    /**
     * After a regrade an attempt holds a new version of a question: its row then names that version. The
     * usual save (an answer) finds every row's version equal to the question it holds (the very object, once
     * read through this repository) and writes nothing here.
     */
    private void versionChanged(AttemptRecord attempt, AttemptEntity entity) {
        Map<String, Question> byId = new HashMap<>();
        attempt.attempt().questions().forEach(question -> byId.put(question.id(), question));
        List<ResponseEntity> rows = entity.responses();
        if (rows.stream().allMatch(row -> row.questionVersion() != null && same(read.get(row.questionVersion()), byId.get(row.questionId())))) {
            return;
        }
        Map<String, String> versions = keep(attempt);
        rows.forEach(row -> row.setQuestionVersion(versions.get(row.questionId())));
    }

    private static boolean same(Question stored, Question held) {
        return stored == held || stored != null && stored.equals(held);
    }

    @Override
    public List<AttemptRecord> findSubmittedRecords(String packId, String quizId, QuestionSource source) {
        return entityManager().createNamedQuery(AttemptEntity.FIND_BY_QUIZ, AttemptEntity.class)
                .setParameter("packId", packId)
                .setParameter("quizId", quizId)
                .getResultStream()
                .map(entity -> AttemptMapper.toRecord(entity, source, kept(entity)))
                .toList();
    }

    @Override
    public void addRegrade(Regrade regrade) {
        entityManager().persist(new RegradeEntity(regrade));
    }

    @Override
    public List<Regrade> regrades(UUID attemptId) {
        return entityManager().createNamedQuery(RegradeEntity.FIND_BY_ATTEMPT, RegradeEntity.class)
                .setParameter("attemptId", attemptId.toString())
                .getResultStream()
                .map(RegradeEntity::toRegrade)
                .toList();
    }

    @Override
    public Map<UUID, Map<String, String>> questionVersions(String packId, String quizId) {
        var versions = new HashMap<UUID, Map<String, String>>();
        entityManager().createQuery("SELECT r.attempt.id, r.questionId, r.questionVersion FROM ResponseEntity r WHERE r.attempt.packId = :packId"
                        + " AND r.attempt.quizId = :quizId AND r.attempt.state = org.sala.engine.attempt.AttemptState.SUBMITTED"
                        + " AND r.questionVersion IS NOT NULL", Object[].class)
                .setParameter("packId", packId)
                .setParameter("quizId", quizId)
                .getResultStream()
                .forEach(row -> versions.computeIfAbsent(UUID.fromString((String) row[0]), id -> new HashMap<>())
                        .put((String) row[1], (String) row[2]));
        return versions;
    }
}
