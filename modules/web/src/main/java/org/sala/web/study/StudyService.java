package org.sala.web.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.review.Rating;
import org.sala.engine.review.ReviewEvent;
import org.sala.engine.review.ReviewQueue;
import org.sala.engine.review.Scheduler;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.SectionRef;
import org.sala.persistence.study.Enrolment;
import org.sala.persistence.study.JpaStudyRepository;
import org.sala.web.database.SalaDatabase;

/**
 * A learner's progress through a course and their spaced review. The review deck of a course is every
 * question taught in a lesson the learner marked as studied, plus every question they reviewed before;
 * which of them are due, and in what order, is the engine's FSRS scheduler's answer from the review history.
 */
@ApplicationScoped
public class StudyService {

    /** The time every rule is judged by; a test may set another. */
    @Inject
    Clock clock;
    private final Scheduler scheduler = Scheduler.withDefaults();

    @Inject
    SalaDatabase database;

    /** Remembers that the learner is on this lesson (enrolling them in the course on their first visit). */
    public void visit(String learner, Pack pack, Lesson lesson) {
        database.transaction(entityManager ->
                new JpaStudyRepository(entityManager).visit(learner, pack.id(), Optional.of(lesson.id()), clock.instant()));
    }

    public void markStudied(String learner, Pack pack, Lesson lesson, boolean studied) {
        database.transaction(entityManager -> {
            var repository = new JpaStudyRepository(entityManager);
            return studied ? repository.markStudied(learner, pack.id(), lesson.id(), clock.instant())
                    : repository.unmarkStudied(learner, pack.id(), lesson.id());
        });
    }

    public CourseProgress progress(String learner, Pack pack) {
        return database.transaction(entityManager -> {
            var repository = new JpaStudyRepository(entityManager);
            Optional<Enrolment> enrolment = repository.enrolment(learner, pack.id());
            Set<String> studied = repository.studiedLessons(learner, pack.id());
            Optional<String> continueWith = enrolment.flatMap(Enrolment::lastLessonId).filter(id -> pack.lesson(id).isPresent())
                    .or(() -> pack.lessons().stream().map(Lesson::id).filter(id -> !studied.contains(id)).findFirst())
                    .or(() -> pack.lessons().stream().map(Lesson::id).findFirst());
            int due = due(pack, studied, repository.reviewHistory(learner, pack.id())).size();
            return new CourseProgress(studied, pack.lessons().size(), continueWith, enrolment.isPresent(), due);
        });
    }

    /** The ids of the questions due for review now, the most urgent first. */
    public List<String> dueQuestions(String learner, Pack pack) {
        return database.transaction(entityManager -> {
            var repository = new JpaStudyRepository(entityManager);
            return due(pack, repository.studiedLessons(learner, pack.id()), repository.reviewHistory(learner, pack.id()));
        });
    }

    /** Records one review answer; a question answered in review joins the learner's deck for good. */
    public void recordReview(String learner, Pack pack, String questionId, Rating rating) {
        database.transaction(entityManager -> {
            new JpaStudyRepository(entityManager).addReview(learner, pack.id(), questionId, new ReviewEvent(clock.instant(), rating));
            return null;
        });
    }

    /** The questions that test one section of a lesson, in pack order. */
    public static List<PackQuestion> questionsOn(Pack pack, SectionRef section) {
        return pack.questions().stream().filter(question -> question.sections().contains(section)).toList();
    }

    private List<String> due(Pack pack, Set<String> studied, Map<String, List<ReviewEvent>> history) {
        Instant now = clock.instant();
        var deck = new HashMap<String, List<ReviewEvent>>();
        pack.questions().stream()
                .filter(question -> question.taughtIn().filter(section -> studied.contains(section.lessonId())).isPresent())
                .forEach(question -> deck.put(question.id(), List.of()));
        history.forEach((questionId, events) -> {
            if (pack.question(questionId).isPresent()) {
                deck.put(questionId, events);
            }
        });
        return ReviewQueue.due(deck, now, scheduler);
    }
}
