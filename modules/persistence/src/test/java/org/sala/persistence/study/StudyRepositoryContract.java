package org.sala.persistence.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sala.engine.review.Rating;
import org.sala.engine.review.ReviewEvent;
import org.sala.persistence.Database;
import org.sala.persistence.attempt.GradedAttempt;
import org.sala.persistence.attempt.JpaAttemptRepository;
import org.sala.persistence.attempt.SampleAttempts;

/** What every database must do with study progress; each database's test runs these against a fresh schema. */
abstract class StudyRepositoryContract {

    private static final String PACK = "cambodian-foreign-policy";
    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

    abstract Database database();

    private <T> T inTransaction(Function<JpaStudyRepository, T> work) {
        return database().transaction(entityManager -> work.apply(new JpaStudyRepository(entityManager)));
    }

    private Optional<Enrolment> enrolment(String learner, String packId) {
        return inTransaction(repository -> repository.enrolment(learner, packId));
    }

    private boolean mark(String learner, String lessonId) {
        return inTransaction(repository -> repository.markStudied(learner, PACK, lessonId, MONDAY));
    }

    private boolean unmark(String learner, String lessonId) {
        return inTransaction(repository -> repository.unmarkStudied(learner, PACK, lessonId));
    }

    private Set<String> studied(String learner) {
        return inTransaction(repository -> repository.studiedLessons(learner, PACK));
    }

    private Set<String> flags(UUID attemptId) {
        return inTransaction(repository -> repository.flags(attemptId));
    }

    private Map<String, List<ReviewEvent>> history(String learner) {
        return inTransaction(repository -> repository.reviewHistory(learner, PACK));
    }

    private static String learner() {
        return "learner-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aLearnerIsNotEnrolledUntilTheyStudyAndThenTheLastLessonVisitedIsRemembered() {
        String learner = learner();
        assertThat(enrolment(learner, PACK)).isEmpty();

        inTransaction(repository -> repository.visit(learner, PACK, Optional.of("01-asean"), MONDAY));
        inTransaction(repository -> repository.visit(learner, PACK, Optional.of("02-china"), MONDAY.plusSeconds(600)));
        inTransaction(repository -> repository.visit(learner, PACK, Optional.empty(), MONDAY.plusSeconds(900)));

        Enrolment enrolment = enrolment(learner, PACK).orElseThrow();
        assertThat(enrolment.enrolledAt()).isEqualTo(MONDAY);
        assertThat(enrolment.lastLessonId()).contains("02-china");
        assertThat(enrolment.lastVisitedAt()).contains(MONDAY.plusSeconds(600));
        assertThat(enrolment(learner, "another-pack")).isEmpty();
    }

    @Test
    void aLessonMarkedTwiceIsStudiedOnceAndCanBeUnmarked() {
        String learner = learner();

        assertThat(mark(learner, "01-asean")).isTrue();
        assertThat(mark(learner, "01-asean")).isFalse();
        mark(learner, "03-vietnam");

        assertThat(studied(learner)).containsExactlyInAnyOrder("01-asean", "03-vietnam");
        assertThat(enrolment(learner, PACK)).as("marking enrols").isPresent();
        assertThat(studied(learner())).isEmpty();

        assertThat(unmark(learner, "01-asean")).isTrue();
        assertThat(unmark(learner, "01-asean")).isFalse();
        assertThat(studied(learner)).containsExactly("03-vietnam");
    }

    @Test
    void reviewHistoryReadsBackPerQuestionInTimeOrder() {
        String learner = learner();
        var first = new ReviewEvent(MONDAY, Rating.AGAIN);
        var second = new ReviewEvent(MONDAY.plusSeconds(86_400), Rating.GOOD);
        var other = new ReviewEvent(MONDAY.plusSeconds(60), Rating.EASY);

        inTransaction(repository -> {
            repository.addReview(learner, PACK, "q-asean-1", second);
            repository.addReview(learner, PACK, "q-asean-1", first);
            repository.addReview(learner, PACK, "q-china-2", other);
            repository.addReview(learner(), PACK, "q-asean-1", first);
            return null;
        });

        var history = history(learner);
        assertThat(history).containsOnlyKeys("q-asean-1", "q-china-2");
        assertThat(history.get("q-asean-1")).containsExactly(first, second);
        assertThat(history.get("q-china-2")).isEqualTo(List.of(other));
    }

    @Test
    void flagsOfAnAttemptAreSetOnceAndTakenOff() {
        GradedAttempt attempt = SampleAttempts.sample("flags");
        database().transaction(entityManager -> {
            new JpaAttemptRepository(entityManager, org.sala.persistence.attempt.SampleAttempts.CODEC).add(attempt);
            return null;
        });

        inTransaction(repository -> {
            repository.flag(attempt.id(), "q1", true);
            repository.flag(attempt.id(), "q1", true);
            repository.flag(attempt.id(), "q2", true);
            return null;
        });
        assertThat(flags(attempt.id())).containsExactlyInAnyOrder("q1", "q2");

        inTransaction(repository -> {
            repository.flag(attempt.id(), "q1", false);
            return null;
        });
        assertThat(flags(attempt.id())).containsExactly("q2");
        assertThat(flags(UUID.randomUUID())).isEmpty();
    }
}
