package org.sala.persistence.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sala.persistence.Database;

/** What every database must do with attempts; each database's test runs these against a fresh schema. */
abstract class AttemptRepositoryContract {

    abstract Database database();

    /** Settings of a new, empty database of the same kind, for migration tests. */
    abstract org.sala.persistence.DatabaseSettings emptyDatabase() throws Exception;

    void store(GradedAttempt... attempts) {
        database().transaction(entityManager -> {
            var repository = new JpaAttemptRepository(entityManager, SampleAttempts.CODEC);
            for (GradedAttempt attempt : attempts) {
                repository.add(attempt);
            }
            return null;
        });
    }

    Optional<GradedAttempt> find(UUID id) {
        return database().transaction(entityManager -> new JpaAttemptRepository(entityManager, SampleAttempts.CODEC).find(id));
    }

    List<GradedAttempt> findByQuiz(String quizId) {
        return database().transaction(entityManager ->
                new JpaAttemptRepository(entityManager, SampleAttempts.CODEC).findByQuiz("cambodian-foreign-policy", quizId));
    }

    @Test
    void aStoredAttemptReadsBackEqual() {
        GradedAttempt attempt = SampleAttempts.sample("asean-practice");

        store(attempt);

        assertThat(find(attempt.id())).contains(attempt);
    }

    @Test
    void anUnknownAttemptIsNotFound() {
        assertThat(find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void attemptsAreFoundByQuizOldestFirst() {
        GradedAttempt first = SampleAttempts.sample("by-quiz");
        GradedAttempt second = SampleAttempts.sample("by-quiz");
        GradedAttempt later = new GradedAttempt(second.id(), second.learner(), second.packId(), second.packVersion(),
                second.quizId(), second.submittedAt().plusSeconds(60), second.grade());

        store(later, first, SampleAttempts.sample("another-quiz"));

        assertThat(findByQuiz("by-quiz")).extracting(GradedAttempt::id).containsExactly(first.id(), later.id());
    }

    @Test
    void aLearnersSubmittedAttemptsAcrossQuizzesAreFoundNewestFirstAndNoOneElses() {
        String learner = "results-" + UUID.randomUUID();
        GradedAttempt sample = SampleAttempts.sample("practice-a");
        GradedAttempt older = new GradedAttempt(UUID.randomUUID(), learner, sample.packId(), sample.packVersion(), "practice-a",
                sample.submittedAt(), sample.grade());
        GradedAttempt newer = new GradedAttempt(UUID.randomUUID(), learner, "another-pack", sample.packVersion(), "exam-b",
                sample.submittedAt().plusSeconds(3600), sample.grade());

        store(older, SampleAttempts.sample("practice-a"), newer);

        List<GradedAttempt> found = database().transaction(entityManager ->
                new JpaAttemptRepository(entityManager, SampleAttempts.CODEC).findSubmittedByLearner(learner));
        assertThat(found).extracting(GradedAttempt::id).containsExactly(newer.id(), older.id());
    }

    @Test
    void anAttemptStoredBeforeTheSecondMigrationReadsBackAfterIt() throws Exception {
        var settings = emptyDatabase();
        org.flywaydb.core.Flyway.configure().dataSource(settings.url(), settings.user(), settings.password())
                .locations("classpath:db/migration").target("1").load().migrate();
        try (var connection = java.sql.DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             var statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO attempt VALUES ('00000000-0000-0000-0000-000000000001', NULL, 'p', '1', 'q',"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00', 1.5, 2, 0)");
            statement.executeUpdate("INSERT INTO attempt_response VALUES ('r1', '00000000-0000-0000-0000-000000000001', 0, 'q1', 'b',"
                    + " 1, 1, 'CORRECT'), ('r2', '00000000-0000-0000-0000-000000000001', 1, 'q2', 'c', 0.5, 1, 'PARTIALLY_CORRECT')");
        }

        try (Database upgraded = Database.open(settings)) {
            GradedAttempt attempt = upgraded.transaction(entityManager -> new JpaAttemptRepository(entityManager, SampleAttempts.CODEC)
                    .find(java.util.UUID.fromString("00000000-0000-0000-0000-000000000001"))).orElseThrow();

            assertThat(attempt.grade().questions().get(0).response()).isEqualTo(new org.sala.engine.response.Response.SelectedChoice("b"));
            assertThat(attempt.grade().total()).isEqualTo(org.sala.engine.scoring.Score.of("1.5", "2"));
        }
    }

    @Test
    void aScoreBelowZeroUnderNegativeMarkingIsStored() {
        GradedAttempt attempt = SampleAttempts.negative("negative");

        store(attempt);

        assertThat(find(attempt.id())).contains(attempt);
    }

    private static final java.time.Instant START = java.time.Instant.parse("2026-11-28T09:00:00Z");
    private static final org.sala.engine.attempt.QuizRules EXAM = org.sala.engine.attempt.QuizRules.exam(
            java.time.Duration.ofMinutes(45), 2, new java.math.BigDecimal("70"));

    private Optional<AttemptRecord> record(UUID id) {
        return database().transaction(entityManager -> new JpaAttemptRepository(entityManager, SampleAttempts.CODEC).findRecord(id, SampleAttempts.SOURCE));
    }

    private void save(AttemptRecord record) {
        database().transaction(entityManager -> {
            new JpaAttemptRepository(entityManager, SampleAttempts.CODEC).save(record);
            return null;
        });
    }

    private static AttemptRecord saved(AttemptRecord record, String questionId, org.sala.engine.response.Response response, long sequence) {
        var change = org.sala.engine.attempt.Attempts.save(record.attempt(), EXAM, questionId, response, sequence, Optional.empty(),
                START.plusSeconds(60 * sequence));
        assertThat(change).isInstanceOf(org.sala.engine.attempt.Change.Done.class);
        return record.with(change.attempt());
    }

    @Test
    void anAttemptIsStoredFromItsStartAndEverySaveReadsBack() {
        AttemptRecord started = SampleAttempts.started("sokha", "exam", EXAM, START);
        save(started);
        assertThat(record(started.id())).contains(started);

        AttemptRecord answered = saved(saved(started, "entry", new org.sala.engine.response.Response.SelectedChoice("c"), 1), "years",
                new org.sala.engine.response.Response.Matches(java.util.Map.of("arf", "1994", "wto", "2004")), 2);
        save(answered);

        assertThat(record(answered.id())).contains(answered);
        Optional<GradedAttempt> graded = find(answered.id());
        assertThat(graded).as("not graded yet").isEmpty();
    }

    @Test
    void aSubmittedAttemptIsAlsoAGradedAttempt() {
        AttemptRecord answered = saved(SampleAttempts.started("sokha", "exam-2", EXAM, START), "entry",
                new org.sala.engine.response.Response.SelectedChoice("a"), 1);
        AttemptRecord submitted = answered.with(org.sala.engine.attempt.Attempts.submit(answered.attempt(), EXAM, START.plusSeconds(600)));
        save(submitted);

        assertThat(record(submitted.id())).contains(submitted);
        assertThat(find(submitted.id())).hasValueSatisfying(graded -> assertThat(graded.grade()).isEqualTo(
                submitted.attempt().result().orElseThrow().grade()));
    }

    @Test
    void aLearnersAttemptsAndTheOpenOnesAreFound() {
        String learner = "learner-" + UUID.randomUUID();
        AttemptRecord first = SampleAttempts.started(learner, "by-learner", EXAM, START);
        AttemptRecord finished = first.with(org.sala.engine.attempt.Attempts.submit(first.attempt(), EXAM, START.plusSeconds(60)));
        save(finished);
        UUID secondId = UUID.randomUUID();
        var secondAttempt = org.sala.engine.attempt.Attempts.start(secondId.toString(), EXAM, List.of(finished.attempt()),
                SampleAttempts.QUESTIONS, START.plusSeconds(120));
        AttemptRecord second = new AttemptRecord(secondId, learner, "cambodian-foreign-policy", "0.2.0", "by-learner", 7L, secondAttempt);
        save(second);

        List<AttemptRecord> mine = database().transaction(entityManager -> new JpaAttemptRepository(entityManager, SampleAttempts.CODEC)
                .findByLearnerAndQuiz(learner, "cambodian-foreign-policy", "by-learner", SampleAttempts.SOURCE));
        List<AttemptRecord> open = database().transaction(entityManager -> new JpaAttemptRepository(entityManager, SampleAttempts.CODEC)
                .findOpen(SampleAttempts.SOURCE));

        assertThat(mine).containsExactly(finished, second);
        assertThat(open).contains(second).doesNotContain(finished);
    }

    @Test
    void twoWritersOfOneAttemptCannotBothWin() {
        AttemptRecord started = SampleAttempts.started("sokha", "concurrent", EXAM, START);
        save(started);

        var firstWriter = database().begin();
        var secondWriter = database().begin();
        AttemptRecord seenByFirst = new JpaAttemptRepository(firstWriter, SampleAttempts.CODEC).findRecord(started.id(), SampleAttempts.SOURCE).orElseThrow();
        AttemptRecord seenBySecond = new JpaAttemptRepository(secondWriter, SampleAttempts.CODEC).findRecord(started.id(), SampleAttempts.SOURCE).orElseThrow();
        new JpaAttemptRepository(firstWriter, SampleAttempts.CODEC).save(saved(seenByFirst, "entry", new org.sala.engine.response.Response.SelectedChoice("a"), 1));
        new JpaAttemptRepository(secondWriter, SampleAttempts.CODEC).save(saved(seenBySecond, "entry", new org.sala.engine.response.Response.SelectedChoice("b"), 1));
        firstWriter.getTransaction().commit();
        firstWriter.close();

        assertThatThrownBy(() -> secondWriter.getTransaction().commit()).isInstanceOf(jakarta.persistence.RollbackException.class);
        secondWriter.close();
        assertThat(record(started.id()).orElseThrow().attempt().state("entry").response())
                .isEqualTo(new org.sala.engine.response.Response.SelectedChoice("a"));
    }

    @Test
    void aFailedTransactionStoresNothing() {
        GradedAttempt attempt = SampleAttempts.sample("asean-practice");

        assertThatThrownBy(() -> database().transaction(entityManager -> {
            new JpaAttemptRepository(entityManager, SampleAttempts.CODEC).add(attempt);
            entityManager.flush();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(find(attempt.id())).isEmpty();
    }

    @Test
    void anAttemptKeepsTheQuestionsItStartedWithWhateverThePackAssemblesLater() {
        AttemptRecord started = SampleAttempts.started("sokha", "kept-versions", EXAM, START);
        save(started);
        QuestionSource changedPack = (packId, packVersion, quizId, seed) -> List.of(
                new org.sala.engine.question.TrueFalseQuestion(org.sala.engine.question.QuestionBasics.of("other", "Changed?"), true, "", ""));

        AttemptRecord read = database().transaction(entityManager -> new JpaAttemptRepository(entityManager, SampleAttempts.CODEC)
                .findRecord(started.id(), changedPack)).orElseThrow();

        assertThat(read).isEqualTo(started);
        assertThat(read.attempt().questions()).isEqualTo(SampleAttempts.QUESTIONS);
    }

    @Test
    void eachQuestionVersionIsStoredOnceHoweverManyAttemptsHoldIt() {
        save(SampleAttempts.started("sokha", "versions-once", EXAM, START));
        save(SampleAttempts.started("dara", "versions-once", EXAM, START));

        long versions = database().transaction(entityManager -> ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM question_version WHERE question_id IN ('entry', 'years')").getSingleResult()).longValue());
        long named = database().transaction(entityManager -> ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(DISTINCT question_version) FROM attempt_response WHERE question_version IS NOT NULL").getSingleResult()).longValue());

        assertThat(versions).isEqualTo(2);
        assertThat(named).isEqualTo(2);
    }

    @Test
    void anAttemptStoredBeforeVersionsWereKeptIsAssembledAgainFromItsPack() {
        AttemptRecord started = SampleAttempts.started("sokha", "before-versions", EXAM, START);
        save(started);
        database().transaction(entityManager -> entityManager.createNativeQuery(
                "UPDATE attempt_response SET question_version = NULL WHERE attempt_id = ?").setParameter(1, started.id().toString())
                .executeUpdate());

        assertThat(record(started.id())).contains(started);
    }

    @Test
    void aRegradedAttemptReadsBackWithItsNewQuestionAndItsRegradesAreListed() {
        AttemptRecord answered = saved(SampleAttempts.started("sokha", "regraded", EXAM, START), "entry",
                new org.sala.engine.response.Response.SelectedChoice("b"), 1);
        AttemptRecord submitted = answered.with(org.sala.engine.attempt.Attempts.submit(answered.attempt(), EXAM, START.plusSeconds(600)));
        save(submitted);
        var original = (org.sala.engine.question.SingleChoiceQuestion) SampleAttempts.QUESTIONS.get(0);
        org.sala.engine.question.Question fixed = new org.sala.engine.question.SingleChoiceQuestion(original.basics(), List.of(
                org.sala.engine.question.Choice.wrong("a", "1999", "No."), org.sala.engine.question.Choice.right("b", "1998", "Yes."),
                original.choices().get(2)), original.shuffle());
        AttemptRecord regraded = submitted.with(org.sala.engine.attempt.Attempts.regrade(submitted.attempt(), EXAM, java.util.Map.of("entry", fixed)));
        var regrade = new Regrade(submitted.id(), START.plusSeconds(3600), "teacher", "entry",
                org.sala.engine.scoring.Score.of("0", "2"), org.sala.engine.scoring.Score.of("2", "2"));
        database().transaction(entityManager -> {
            var repository = new JpaAttemptRepository(entityManager, SampleAttempts.CODEC);
            repository.save(regraded);
            repository.addRegrade(regrade);
            return null;
        });

        assertThat(record(submitted.id())).contains(regraded);
        assertThat(find(submitted.id()).orElseThrow().grade()).isEqualTo(regraded.attempt().result().orElseThrow().grade());
        List<Regrade> regrades = database().transaction(entityManager -> new JpaAttemptRepository(entityManager, SampleAttempts.CODEC)
                .regrades(submitted.id()));
        List<AttemptRecord> submittedRecords = database().transaction(entityManager -> new JpaAttemptRepository(entityManager,
                SampleAttempts.CODEC).findSubmittedRecords("cambodian-foreign-policy", "regraded", SampleAttempts.SOURCE));
        assertThat(regrades).containsExactly(regrade);
        assertThat(submittedRecords).containsExactly(regraded);
    }

    @Test
    void theVersionsEachSubmittedAttemptHoldsAreListedByAttemptAndQuestion() {
        AttemptRecord started = SampleAttempts.started("sokha", "versions-listed", EXAM, START);
        AttemptRecord submitted = started.with(org.sala.engine.attempt.Attempts.submit(started.attempt(), EXAM, START.plusSeconds(60)));
        save(submitted);
        save(SampleAttempts.started("dara", "versions-listed", EXAM, START));

        var versions = database().transaction(entityManager -> new JpaAttemptRepository(entityManager, SampleAttempts.CODEC)
                .questionVersions("cambodian-foreign-policy", "versions-listed"));

        assertThat(versions).containsOnlyKeys(submitted.id());
        assertThat(versions.get(submitted.id())).containsOnlyKeys("entry", "years")
                .containsEntry("entry", SampleAttempts.CODEC.version(SampleAttempts.CODEC.text(SampleAttempts.QUESTIONS.get(0))));
    }
}
