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
            var repository = new JpaAttemptRepository(entityManager);
            for (GradedAttempt attempt : attempts) {
                repository.add(attempt);
            }
            return null;
        });
    }

    Optional<GradedAttempt> find(UUID id) {
        return database().transaction(entityManager -> new JpaAttemptRepository(entityManager).find(id));
    }

    List<GradedAttempt> findByQuiz(String quizId) {
        return database().transaction(entityManager ->
                new JpaAttemptRepository(entityManager).findByQuiz("cambodian-foreign-policy", quizId));
    }

    @Test
    void aStoredAttemptReadsBackEqual() {
        GradedAttempt attempt = Attempts.sample("asean-practice");

        store(attempt);

        assertThat(find(attempt.id())).contains(Attempts.withoutFeedback(attempt));
    }

    @Test
    void anUnknownAttemptIsNotFound() {
        assertThat(find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void attemptsAreFoundByQuizOldestFirst() {
        GradedAttempt first = Attempts.sample("by-quiz");
        GradedAttempt second = Attempts.sample("by-quiz");
        GradedAttempt later = new GradedAttempt(second.id(), second.learner(), second.packId(), second.packVersion(),
                second.quizId(), second.submittedAt().plusSeconds(60), second.grade());

        store(later, first, Attempts.sample("another-quiz"));

        assertThat(findByQuiz("by-quiz")).extracting(GradedAttempt::id).containsExactly(first.id(), later.id());
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
            GradedAttempt attempt = upgraded.transaction(entityManager -> new JpaAttemptRepository(entityManager)
                    .find(java.util.UUID.fromString("00000000-0000-0000-0000-000000000001"))).orElseThrow();

            assertThat(attempt.grade().questions().get(0).response()).isEqualTo(new org.sala.engine.response.Response.SelectedChoice("b"));
            assertThat(attempt.grade().total()).isEqualTo(org.sala.engine.scoring.Score.of("1.5", "2"));
        }
    }

    @Test
    void aScoreBelowZeroUnderNegativeMarkingIsStored() {
        GradedAttempt attempt = Attempts.negative("negative");

        store(attempt);

        assertThat(find(attempt.id())).contains(Attempts.withoutFeedback(attempt));
    }

    @Test
    void aFailedTransactionStoresNothing() {
        GradedAttempt attempt = Attempts.sample("asean-practice");

        assertThatThrownBy(() -> database().transaction(entityManager -> {
            new JpaAttemptRepository(entityManager).add(attempt);
            entityManager.flush();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(find(attempt.id())).isEmpty();
    }
}
