package org.sala.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.engine.attempt.Accommodation;
import org.sala.engine.attempt.AttemptResult.FinishedBy;
import org.sala.engine.attempt.AttemptState;
import org.sala.engine.attempt.Refusal;
import org.sala.engine.attempt.RefusedException;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Question;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.response.Response;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;
import org.sala.persistence.account.Account;
import org.sala.persistence.account.Role;
import org.sala.persistence.attempt.AttemptRecord;
import org.sala.web.TestClock;
import org.sala.web.content.PackCatalog;
import org.sala.web.database.SalaDatabase;
import org.sala.web.quiz.GradebookService.Gradebook;
import org.sala.web.quiz.GradebookService.Row;

/**
 * Accommodations and the gradebook on the embedded database, with a clock the test moves: extra time keeps one
 * learner's attempt open when everyone else's time is up (and the sweep finishes it at their own end), extra
 * attempts and a later closing date let one learner start when others may not, and the gradebook shows it all.
 */
class GradebookServiceIT {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dataDirectory;

    private Database opened;
    private AttemptService flow;
    private GradebookService grades;
    private TestClock clock;
    private Pack pack;

    @BeforeEach
    void wire() {
        opened = Database.open(DatabaseSettings.h2File(dataDirectory));
        SalaDatabase database = SalaDatabase.over(opened);
        flow = new AttemptService();
        flow.catalog = PackCatalog.loaded();
        flow.database = database;
        flow.attempts = database.attempts();
        flow.study = database.study();
        flow.accommodations = database.accommodations();
        flow.assemblies = new Assemblies();
        flow.assemblies.catalog = flow.catalog;
        clock = new TestClock(MONDAY);
        flow.clock = clock;
        grades = new GradebookService();
        grades.clock = clock;
        grades.database = database;
        grades.gradebook = database.gradebook();
        grades.accommodations = database.accommodations();
        grades.accounts = database.accounts();
        grades.access = database.access();
        pack = flow.catalog.pack("cambodian-foreign-policy").orElseThrow();
        for (String learner : new String[] {"sokha", "dara", "vannak"}) {
            database.run(() -> database.accounts().add(new Account(learner, learner.substring(0, 1).toUpperCase() + learner.substring(1),
                    "PBKDF2WithHmacSHA256:210000:salt:hash", Set.of(Role.LEARNER), MONDAY)));
        }
        database.run(() -> database.study().markStudied("vannak", pack.id(), "introduction", MONDAY));
    }

    @AfterEach
    void close() {
        opened.close();
    }

    private Quiz exam() {
        return pack.quiz("final-exam").orElseThrow();
    }

    private static Response right(Question question) {
        SingleChoiceQuestion single = (SingleChoiceQuestion) question;
        return new Response.SelectedChoice(single.choices().stream().filter(Choice::isFullCredit).map(Choice::id).findFirst().orElseThrow());
    }

    private static Question firstSingleChoice(AttemptRecord attempt) {
        return attempt.attempt().questions().stream().filter(SingleChoiceQuestion.class::isInstance).findFirst().orElseThrow();
    }

    private Accommodation time(String factor, int minutes) {
        return new Accommodation(new BigDecimal(factor), Duration.ofMinutes(minutes), Optional.empty(), 0);
    }

    private Row row(Gradebook book, String learner) {
        return book.rows().stream().filter(row -> row.learner().equals(learner)).findFirst().orElseThrow();
    }

    @Test
    void extraTimeKeepsOneLearnersAttemptOpenAfterEveryoneElsesTimeIsUpAndTheSweepFinishesItAtTheirOwnEnd() {
        assertThat(grades.accommodate("teacher", pack, exam(), "dara", time("1.5", 0))).isEmpty();
        AttemptRecord sokhas = flow.startOrResume("sokha", pack, exam());
        AttemptRecord daras = flow.startOrResume("dara", pack, exam());
        Question sokhaQuestion = firstSingleChoice(sokhas);
        Question daraQuestion = firstSingleChoice(daras);
        assertThat(flow.save("sokha", sokhas.id(), sokhaQuestion.id(), right(sokhaQuestion), 1, Optional.empty()).isSaved()).isTrue();

        clock.advance(Duration.ofMinutes(50));
        AttemptService.Saved late = flow.save("sokha", sokhas.id(), sokhaQuestion.id(), right(sokhaQuestion), 2, Optional.empty());
        assertThat(late.isSaved()).as("45 minutes for sokha").isFalse();
        assertThat(flow.save("dara", daras.id(), daraQuestion.id(), right(daraQuestion), 1, Optional.empty()).isSaved())
                .as("67.5 minutes for dara").isTrue();
        assertThat(flow.overview("dara", pack, exam()).rules().timeLimit()).contains(Duration.ofSeconds(4050));
        assertThat(flow.overview("dara", pack, exam()).accommodation()).isPresent();

        clock.advance(Duration.ofMinutes(20));
        assertThat(flow.finishOverdue()).isEqualTo(1);
        AttemptRecord finished = flow.find("dara", daras.id()).orElseThrow();
        assertThat(finished.attempt().state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(finished.attempt().result().orElseThrow().finishedBy()).isEqualTo(FinishedBy.TIME);
        assertThat(finished.attempt().result().orElseThrow().finishedAt()).isEqualTo(MONDAY.plusSeconds(4050));

        Gradebook book = grades.gradebook(pack);
        int exam = book.quizIndex("final-exam");
        assertThat(row(book, "dara").cells().get(exam).grade()).isPresent();
        assertThat(row(book, "dara").cells().get(exam).grade().orElseThrow()).isPositive();
        assertThat(row(book, "dara").cells().get(exam).accommodated()).isTrue();
        assertThat(row(book, "sokha").cells().get(exam).submitted()).isEqualTo(1);
        assertThat(row(book, "sokha").cells().get(exam).accommodated()).isFalse();
        assertThat(row(book, "vannak").lessonsStudied()).as("studied, never attempted: still in the gradebook").isEqualTo(1);
    }

    @Test
    void anAttemptThatWentOverdueIsOpenAgainWhenItsLearnerIsGivenMoreTime() {
        AttemptRecord attempt = flow.startOrResume("sokha", pack, exam());
        clock.advance(Duration.ofMinutes(44));
        flow.overview("sokha", pack, exam());
        grades.accommodate("teacher", pack, exam(), "sokha", time("1", 30));
        clock.advance(Duration.ofMinutes(10));

        Question question = firstSingleChoice(attempt);
        assertThat(flow.save("sokha", attempt.id(), question.id(), right(question), 1, Optional.empty()).isSaved()).isTrue();
        assertThat(flow.finishOverdue()).isZero();
    }

    @Test
    void extraAttemptsAndALaterClosingDateLetOneLearnerStartWhenOthersMayNot() {
        grades.accommodate("teacher", pack, exam(), "dara", new Accommodation(BigDecimal.ONE, Duration.ZERO,
                Optional.of(Instant.parse("2027-07-07T12:00:00Z")), 1));
        for (String learner : new String[] {"sokha", "dara"}) {
            for (int i = 0; i < 2; i++) {
                flow.submit(learner, flow.startOrResume(learner, pack, exam()).id());
            }
        }
        assertThatThrownBy(() -> flow.startOrResume("sokha", pack, exam())).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.refusal().reason()).isEqualTo(Refusal.Reason.NO_ATTEMPTS_LEFT));
        assertThat(flow.overview("dara", pack, exam()).attemptsLeft()).hasValue(1);

        clock.set(Instant.parse("2027-07-07T11:50:00Z"));
        AttemptRecord third = flow.startOrResume("dara", pack, exam());
        assertThat(third.attempt().number()).isEqualTo(3);
        assertThat(flow.rules(third).deadline(third.attempt().startedAt())).as("their own closing comes before 45 minutes are up")
                .contains(Instant.parse("2027-07-07T12:00:00Z"));
        assertThat(grades.gradebook(pack).rows()).filteredOn(row -> row.learner().equals("dara"))
                .singleElement().satisfies(row -> assertThat(row.cells().get(grades.gradebook(pack).quizIndex("final-exam")).open()).isTrue());
    }

    @Test
    void anAccommodationIsRefusedForAnUnknownLearnerOrWhenItChangesNothingAndEveryChangeIsAudited() {
        assertThat(grades.accommodate("teacher", pack, exam(), "nobody", time("2", 0)))
                .contains(new GradebookService.Refused("learner", "accommodation.unknownLearner"));
        assertThat(grades.accommodate("teacher", pack, exam(), "sokha", Accommodation.NONE))
                .contains(new GradebookService.Refused("factor", "accommodation.none"));
        assertThat(grades.accommodate("teacher", pack, exam(), "sokha", time("1.25", 5))).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(grades.accommodate("teacher", pack, exam(), "sokha", time("2", 0))).as("replaces the earlier one").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(grades.learner(pack, "sokha").orElseThrow().quizzes()).filteredOn(quiz -> quiz.quiz().id().equals("final-exam"))
                .singleElement().satisfies(quiz -> assertThat(quiz.rules().timeLimit()).contains(Duration.ofMinutes(90)));
        assertThat(grades.removeAccommodation("teacher", pack, exam(), "sokha")).isTrue();
        assertThat(grades.removeAccommodation("teacher", pack, exam(), "sokha")).isFalse();
        assertThat(flow.rules("sokha", pack.id(), exam()).timeLimit()).contains(Duration.ofMinutes(45));
        assertThat(grades.database.read(() -> grades.access.eventsAbout("sokha", 10))).extracting(event -> event.action() + " by " + event.actor())
                .containsExactly("REMOVE_ACCOMMODATION by teacher", "SET_ACCOMMODATION by teacher", "SET_ACCOMMODATION by teacher");
        assertThat(grades.learner(pack, "ghost")).isEmpty();
    }
}
