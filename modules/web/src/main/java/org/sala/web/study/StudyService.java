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
import java.util.concurrent.ThreadLocalRandom;
import org.sala.engine.assembly.AssembledQuestion;
import org.sala.engine.assembly.Assembler;
import org.sala.engine.assembly.Blueprint;
import org.sala.engine.assembly.Slot;
import org.sala.engine.response.Response;
import org.sala.engine.review.Rating;
import org.sala.engine.review.ReviewEvent;
import org.sala.engine.review.ReviewQueue;
import org.sala.engine.review.Scheduler;
import org.sala.engine.scoring.Grader;
import org.sala.engine.scoring.QuestionGrade;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.SectionRef;
import org.sala.persistence.study.Enrolment;
import org.sala.persistence.study.StudyRepository;
import org.sala.web.database.SalaDatabase;
import org.sala.web.quiz.UnknownContentException;

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

    /** The learner's study records: enrolments, lessons studied, review history. */
    @Inject
    StudyRepository records;

    /** Remembers that the learner is on this lesson (enrolling them in the course on their first visit). */
    public void visit(String learner, Pack pack, Lesson lesson) {
        database.run(() -> records.visit(learner, pack.id(), Optional.of(lesson.id()), clock.instant()));
    }

    public void markStudied(String learner, Pack pack, Lesson lesson, boolean studied) {
        database.write(() -> studied ? records.markStudied(learner, pack.id(), lesson.id(), clock.instant())
                : records.unmarkStudied(learner, pack.id(), lesson.id()));
    }

    public CourseProgress progress(String learner, Pack pack) {
        return database.read(() -> {
            Optional<Enrolment> enrolment = records.enrolment(learner, pack.id());
            Set<String> studied = records.studiedLessons(learner, pack.id());
            Optional<String> continueWith = enrolment.flatMap(Enrolment::lastLessonId).filter(id -> pack.lesson(id).isPresent())
                    .or(() -> pack.lessons().stream().map(Lesson::id).filter(id -> !studied.contains(id)).findFirst())
                    .or(() -> pack.lessons().stream().map(Lesson::id).findFirst());
            int due = due(pack, studied, records.reviewHistory(learner, pack.id())).size();
            return new CourseProgress(studied, pack.lessons().size(), continueWith, enrolment.isPresent(), due);
        });
    }

    /** The ids of the questions due for review now, the most urgent first. */
    public List<String> dueQuestions(String learner, Pack pack) {
        return database.read(() -> due(pack, records.studiedLessons(learner, pack.id()), records.reviewHistory(learner, pack.id())));
    }

    /** Records one review answer; a question answered in review joins the learner's deck for good. */
    public void recordReview(String learner, Pack pack, String questionId, Rating rating) {
        database.run(() -> records.addReview(learner, pack.id(), questionId, new ReviewEvent(clock.instant(), rating)));
    }

    /** A question answered in review: the engine's grade, and the question as the pack has it. */
    public record Checked(QuestionGrade grade, PackQuestion question) {
    }

    /** One question to review, its options in a fresh order each time it is shown (no seed needs keeping). */
    public AssembledQuestion card(Pack pack, String questionId) {
        long seed = ThreadLocalRandom.current().nextLong();
        return Assembler.assemble(new Blueprint(List.of(new Slot.Fixed(questionId)), false), pack.pool(), seed, Set.of())
                .questions().getFirst();
    }

    /**
     * Grades a review answer and records it in the learner's history, rated from the grade (one try, no
     * certainty stated), so the scheduler decides when the question comes back.
     *
     * @throws IllegalArgumentException when the response does not fit the question (nothing is recorded)
     */
    public Checked check(String learner, Pack pack, String questionId, Response response) {
        PackQuestion question = pack.question(questionId).orElseThrow(() -> new UnknownContentException("no question '" + questionId + "'"));
        QuestionGrade grade = Grader.grade(question.question(), response);
        recordReview(learner, pack, questionId, Rating.of(grade.correctness(), 1, Optional.empty()));
        return new Checked(grade, question);
    }

    /** The questions that test one section of a lesson, in pack order. */
    public static List<PackQuestion> questionsOn(Pack pack, SectionRef section) {
        return pack.questionsOn(section);
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
