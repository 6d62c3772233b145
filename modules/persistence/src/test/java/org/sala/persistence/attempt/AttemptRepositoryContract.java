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
