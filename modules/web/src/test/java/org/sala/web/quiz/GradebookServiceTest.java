package org.sala.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sala.engine.attempt.Accommodation;
import org.sala.engine.attempt.AttemptResult.FinishedBy;
import org.sala.engine.attempt.AttemptState;
import org.sala.engine.attempt.GradingMethod;
import org.sala.engine.attempt.QuizRules;
import org.sala.engine.scoring.Score;
import org.sala.pack.model.Pack;
import org.sala.persistence.attempt.LearnerAccommodation;
import org.sala.persistence.grades.AttemptScore;
import org.sala.persistence.grades.AttemptSummary;
import org.sala.web.content.PackCatalog;
import org.sala.web.quiz.GradebookService.Cell;
import org.sala.web.quiz.GradebookService.Gradebook;
import org.sala.web.quiz.GradebookService.Show;
import org.sala.web.quiz.GradebookService.Sort;

/** The gradebook's figures from attempt summaries: grades by grading method, pass or fail, sorting, filtering, paging, CSV. */
class GradebookServiceTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");
    private static final Pack PACK = PackCatalog.loaded().pack("cambodian-foreign-policy").orElseThrow();
    private static final QuizRules EXAM = QuizRules.exam(Duration.ofMinutes(45), 3, new BigDecimal("70"));

    private static AttemptSummary submitted(String learner, String quiz, int number, String earned, String possible) {
        Instant started = MONDAY.plus(Duration.ofHours(number));
        return new AttemptSummary(UUID.randomUUID(), learner, quiz, number, AttemptState.SUBMITTED, started, Optional.of(started.plusSeconds(600)),
                Optional.of(FinishedBy.LEARNER), Optional.of(new Score(new BigDecimal(earned), new BigDecimal(possible))));
    }

    private static AttemptSummary open(String learner, String quiz, int number) {
        return new AttemptSummary(UUID.randomUUID(), learner, quiz, number, AttemptState.IN_PROGRESS, MONDAY.plus(Duration.ofHours(number)),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void aGradeFollowsTheQuizsGradingMethodOverSubmittedAttemptsInTheirOrder() {
        // Stored out of order on purpose: the grade goes by attempt number, not by the order rows arrive in.
        List<AttemptScore> attempts = scores(List.of(submitted("s", "q", 3, "9", "10"), submitted("s", "q", 1, "5", "10"),
                submitted("s", "q", 2, "6", "10"), open("s", "q", 4)));

        assertThat(GradebookService.cell(EXAM, attempts, false).grade().orElseThrow()).isEqualByComparingTo("90");
        assertThat(GradebookService.cell(EXAM.withGradingMethod(GradingMethod.FIRST), attempts, false).grade().orElseThrow()).isEqualByComparingTo("50");
        assertThat(GradebookService.cell(EXAM.withGradingMethod(GradingMethod.LAST), attempts, false).grade().orElseThrow()).isEqualByComparingTo("90");
        assertThat(GradebookService.cell(EXAM.withGradingMethod(GradingMethod.AVERAGE), attempts, false).grade().orElseThrow())
                .isEqualByComparingTo("66.67");
        Cell highest = GradebookService.cell(EXAM, attempts, true);
        assertThat(highest.passed()).contains(true);
        assertThat(highest.submitted()).isEqualTo(3);
        assertThat(highest.open()).isTrue();
        assertThat(highest.accommodated()).isTrue();
        assertThat(GradebookService.cell(EXAM.withGradingMethod(GradingMethod.FIRST), attempts, false).passed()).contains(false);
    }

    @Test
    void onlyAnOpenAttemptGivesNoGradeAndAQuizWithoutPassMarkNoVerdict() {
        Cell inProgress = GradebookService.cell(EXAM, scores(List.of(open("s", "q", 1))), false);
        assertThat(inProgress.grade()).isEmpty();
        assertThat(inProgress.passed()).isEmpty();
        assertThat(inProgress.open()).isTrue();
        assertThat(GradebookService.cell(QuizRules.practice(), scores(List.of(submitted("s", "q", 1, "1", "4"))), false).passed()).isEmpty();
        assertThat(GradebookService.cell(EXAM, scores(List.of(submitted("s", "q", 1, "6.9999", "10"))), false).passed())
                .as("69.9999% is 70.00% as the gradebook shows it, so it passes: the grade shown is the grade judged").contains(true);
    }

    private static List<AttemptScore> scores(List<AttemptSummary> summaries) {
        return summaries.stream().map(AttemptSummary::toScore).toList();
    }

    private static final List<AttemptSummary> ATTEMPTS = attempts();

    private static List<AttemptSummary> attempts() {
        var summaries = new ArrayList<AttemptSummary>();
        summaries.add(submitted("sokha", "final-exam", 1, "27", "30"));
        summaries.add(submitted("dara", "final-exam", 1, "12", "30"));
        summaries.add(submitted("dara", "asean-practice", 1, "5", "5"));
        summaries.add(submitted("vannak", "final-exam", 1, "21", "30"));
        return List.copyOf(summaries);
    }

    private static Gradebook book() {
        return GradebookService.build(PACK, scores(ATTEMPTS),
                Map.of("sokha", Set.of("introduction", "asean-and-multilateral-memberships", "no-longer-in-the-pack"),
                        "chenda", Set.of("introduction")),
                Map.of("chenda", MONDAY, "bopha", MONDAY),
                Map.of("sokha", "Sokha Chan", "dara", "=cmd|' /C calc'!A0", "vannak", "Vannak, \"Van\" Sok", "chenda", "Chenda"),
                List.of(new LearnerAccommodation("vannak", PACK.id(), "final-exam",
                        new Accommodation(new BigDecimal("1.5"), Duration.ZERO, Optional.empty(), 0), "teacher", MONDAY)), MONDAY);
    }

    @Test
    void everyoneWhoStudiedVisitedOrAttemptedHasARowWithLessonsOfThisPackOnly() {
        Gradebook book = book();

        assertThat(book.rows()).extracting(GradebookService.Row::learner).containsExactly("bopha", "chenda", "dara", "sokha", "vannak");
        assertThat(book.rows().get(3).lessonsStudied()).as("a lesson no longer in the pack does not count").isEqualTo(2);
        assertThat(book.rows().get(0).displayName()).as("no account: the username").isEqualTo("bopha");
        assertThat(book.rows().get(4).accommodated()).isTrue();
        assertThat(book.learnersPerLesson()).containsEntry("introduction", 2).doesNotContainKey("no-longer-in-the-pack");
    }

    @Test
    void rowsAreFilteredSortedAndPaged() {
        Gradebook book = book();

        var byExam = GradebookService.page(book, "", Show.EVERYONE, Sort.QUIZ, "final-exam", true, 1, 50);
        assertThat(byExam.rows()).extracting(GradebookService.Row::learner).containsExactly("sokha", "vannak", "dara", "bopha", "chenda");
        var lowestFirst = GradebookService.page(book, "", Show.EVERYONE, Sort.QUIZ, "final-exam", false, 1, 50);
        assertThat(lowestFirst.rows()).extracting(GradebookService.Row::learner).as("no grade last either way")
                .containsExactly("dara", "vannak", "sokha", "bopha", "chenda");
        assertThat(GradebookService.page(book, "SOK", Show.EVERYONE, Sort.NAME, "", false, 1, 50).rows())
                .extracting(GradebookService.Row::learner).containsExactly("sokha", "vannak");
        assertThat(GradebookService.page(book, "", Show.FAILING, Sort.NAME, "", false, 1, 50).rows())
                .extracting(GradebookService.Row::learner).containsExactly("dara");
        assertThat(GradebookService.page(book, "", Show.ACCOMMODATED, Sort.NAME, "", false, 1, 50).rows())
                .extracting(GradebookService.Row::learner).containsExactly("vannak");
        assertThat(GradebookService.page(book, "", Show.NOTHING_ATTEMPTED, Sort.NAME, "", false, 1, 50).rows())
                .extracting(GradebookService.Row::learner).containsExactly("bopha", "chenda");
        assertThat(GradebookService.page(book, "", Show.EVERYONE, Sort.PROGRESS, "", true, 1, 50).rows().get(0).learner()).isEqualTo("sokha");

        var second = GradebookService.page(book, "", Show.EVERYONE, Sort.NAME, "", false, 2, 2);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.matched()).isEqualTo(5);
        assertThat(second.rows()).extracting(GradebookService.Row::learner).as("by name as shown: '=cmd...' (dara) comes first")
                .containsExactly("chenda", "sokha");
        assertThat(GradebookService.page(book, "", Show.EVERYONE, Sort.NAME, "", false, 99, 2).page()).as("past the end: the last page").isEqualTo(3);
    }

    @Test
    void theCsvIsRfc4180WithTheScreensFiguresAndNoFormulaInjection() {
        Gradebook book = book();
        String learners = GradesCsv.learners(book, PACK.quiz("final-exam"));
        List<String> lines = List.of(learners.split("\r\n", -1));

        assertThat(learners).endsWith("\r\n");
        assertThat(lines.get(0)).isEqualTo("username,name,lessons studied,lessons,Final exam (grade %),Final exam (result),Final exam (attempts),"
                + "Final exam (accommodation)");
        assertThat(lines).contains("sokha,Sokha Chan,2," + PACK.lessons().size() + ",90.00,passed,1,");
        assertThat(lines).contains("vannak,\"Vannak, \"\"Van\"\" Sok\",0," + PACK.lessons().size() + ",70.00,passed,1,yes");
        assertThat(lines).contains("dara,'=cmd|' /C calc'!A0,0," + PACK.lessons().size() + ",40.00,failed,1,");
        assertThat(lines).contains("bopha,bopha,0," + PACK.lessons().size() + ",,,0,");

        String attempts = GradesCsv.attempts(book, ATTEMPTS, Optional.empty());
        assertThat(attempts.split("\r\n")[0]).startsWith("username,name,quiz id,quiz,attempt,state,started,submitted");
        assertThat(attempts).contains("dara,'=cmd|' /C calc'!A0,asean-practice,");
        assertThat(attempts.split("\r\n")).hasSize(5);
        assertThat(GradesCsv.attempts(book, ATTEMPTS, PACK.quiz("asean-practice")).split("\r\n")).hasSize(2);
        assertThat(GradesCsv.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }
}
