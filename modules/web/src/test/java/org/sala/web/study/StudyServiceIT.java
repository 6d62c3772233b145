package org.sala.web.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.engine.review.Rating;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;
import org.sala.web.TestClock;
import org.sala.web.content.PackCatalog;
import org.sala.web.database.SalaDatabase;

/** Course progress and the review queue, on the embedded database, with a clock the test moves. */
class StudyServiceIT {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dataDirectory;

    private Database opened;
    private StudyService study;
    private TestClock clock;
    private Pack pack;
    private Lesson asean;

    @BeforeEach
    void wire() {
        opened = Database.open(DatabaseSettings.h2File(dataDirectory));
        study = new StudyService();
        study.database = SalaDatabase.over(opened);
        study.records = study.database.study();
        clock = new TestClock(MONDAY);
        study.clock = clock;
        pack = PackCatalog.loaded().pack("cambodian-foreign-policy").orElseThrow();
        asean = pack.lesson("asean-and-multilateral-memberships").orElseThrow();
    }

    @AfterEach
    void close() {
        opened.close();
    }

    private List<String> taughtIn(Lesson lesson) {
        return pack.questions().stream()
                .filter(question -> question.taughtIn().filter(section -> section.lessonId().equals(lesson.id())).isPresent())
                .map(PackQuestion::id).toList();
    }

    @Test
    void aNewLearnerHasStudiedNothingAndStartsWithTheFirstLesson() {
        CourseProgress progress = study.progress("sokha", pack);

        assertThat(progress.enrolled()).isFalse();
        assertThat(progress.studiedCount()).isZero();
        assertThat(progress.lessons()).isEqualTo(pack.lessons().size());
        assertThat(progress.continueWith()).contains(pack.lessons().getFirst().id());
        assertThat(progress.dueForReview()).isZero();
    }

    @Test
    void theLastLessonVisitedIsWhereTheLearnerContinues() {
        study.visit("sokha", pack, asean);
        clock.advance(Duration.ofMinutes(20));
        study.visit("sokha", pack, pack.lessons().getFirst());
        study.visit("sokha", pack, asean);

        assertThat(study.progress("sokha", pack).continueWith()).contains(asean.id());
        assertThat(study.progress("sokha", pack).enrolled()).isTrue();
    }

    @Test
    void markingALessonPutsItsQuestionsInTheReviewQueueAndAnAnswerSchedulesTheQuestionByItsRating() {
        study.markStudied("sokha", pack, asean, true);
        List<String> questions = taughtIn(asean);
        assertThat(study.progress("sokha", pack).percent()).isEqualTo(100 / pack.lessons().size());
        assertThat(study.dueQuestions("sokha", pack)).containsExactlyInAnyOrderElementsOf(questions);

        String known = questions.get(0);
        String forgotten = questions.get(1);
        study.recordReview("sokha", pack, known, Rating.GOOD);
        study.recordReview("sokha", pack, forgotten, Rating.AGAIN);

        assertThat(study.dueQuestions("sokha", pack)).doesNotContain(known, forgotten).hasSize(questions.size() - 2);
        clock.advance(Duration.ofDays(1));
        assertThat(study.dueQuestions("sokha", pack)).as("a lapse comes back the next day, before anything never reviewed")
                .startsWith(forgotten).doesNotContain(known);
        clock.advance(Duration.ofDays(30));
        assertThat(study.dueQuestions("sokha", pack)).contains(known);
        assertThat(study.progress("sokha", pack).dueForReview()).isEqualTo(questions.size());
    }

    @Test
    void takingTheStudiedMarkOffKeepsOnlyWhatWasReviewed() {
        study.markStudied("sokha", pack, asean, true);
        String reviewed = taughtIn(asean).getFirst();
        study.recordReview("sokha", pack, reviewed, Rating.AGAIN);

        study.markStudied("sokha", pack, asean, false);
        clock.advance(Duration.ofDays(2));

        assertThat(study.progress("sokha", pack).studiedCount()).isZero();
        assertThat(study.dueQuestions("sokha", pack)).containsExactly(reviewed);
    }

    @Test
    void theQuestionsOnASectionAreThoseThatNameIt() {
        var section = new org.sala.pack.model.SectionRef(asean.id(), "joining-asean-in-1999");

        List<PackQuestion> questions = StudyService.questionsOn(pack, section);

        assertThat(questions).isNotEmpty().allSatisfy(question -> assertThat(question.sections()).contains(section));
    }
}
