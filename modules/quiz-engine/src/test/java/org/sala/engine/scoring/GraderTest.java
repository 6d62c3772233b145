package org.sala.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sala.engine.question.Choice;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.response.Response;

class GraderTest {

    private static final SingleChoiceQuestion ASEAN = new SingleChoiceQuestion("asean-entry", "When did Cambodia join ASEAN?",
            new BigDecimal("2"),
            List.of(Choice.wrong("a", "July 1997", "Entry was postponed then."),
                    Choice.right("b", "30 April 1999", "Tenth member."),
                    new Choice("c", "April 1999, date unknown", new BigDecimal("0.5"), "Right month.")),
            "Cambodia joined in Hanoi.");

    private static final SingleChoiceQuestion WTO = new SingleChoiceQuestion("wto", "When did Cambodia join the WTO?",
            BigDecimal.ONE,
            List.of(Choice.right("x", "2004", ""), Choice.wrong("y", "1999", "")),
            "");

    @Test
    void theRightOptionEarnsAllThePoints() {
        QuestionGrade grade = Grader.grade(ASEAN, new Response.SelectedChoice("b"));

        assertThat(grade.score()).isEqualTo(Score.of("2", "2"));
        assertThat(grade.correctness()).isEqualTo(Correctness.CORRECT);
        assertThat(grade.feedback()).isEqualTo("Tenth member.");
    }

    @Test
    void aWrongOptionEarnsNothingAndGivesItsOwnFeedback() {
        QuestionGrade grade = Grader.grade(ASEAN, new Response.SelectedChoice("a"));

        assertThat(grade.score()).isEqualTo(Score.of("0", "2"));
        assertThat(grade.correctness()).isEqualTo(Correctness.INCORRECT);
        assertThat(grade.feedback()).isEqualTo("Entry was postponed then.");
    }

    @Test
    void anOptionWithPartialCreditEarnsItsShareExactly() {
        QuestionGrade grade = Grader.grade(ASEAN, new Response.SelectedChoice("c"));

        assertThat(grade.score()).isEqualTo(Score.of("1", "2"));
        assertThat(grade.correctness()).isEqualTo(Correctness.PARTIALLY_CORRECT);
    }

    @Test
    void anUnansweredQuestionEarnsNothingButCountsTowardsThePossible() {
        QuestionGrade grade = Grader.grade(ASEAN, Response.UNANSWERED);

        assertThat(grade.score()).isEqualTo(Score.of("0", "2"));
        assertThat(grade.correctness()).isEqualTo(Correctness.UNANSWERED);
    }

    @Test
    void anOptionTheQuestionDoesNotHaveIsRefusedByName() {
        assertThatThrownBy(() -> Grader.grade(ASEAN, new Response.SelectedChoice("z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asean-entry").hasMessageContaining("'z'");
    }

    @Test
    void aQuizTotalIsTheSumOfItsQuestionsInQuizOrder() {
        QuizGrade grade = Grader.grade(List.of(ASEAN, WTO),
                Map.of("wto", new Response.SelectedChoice("x"), "asean-entry", new Response.SelectedChoice("c")));

        assertThat(grade.questions()).extracting(QuestionGrade::questionId).containsExactly("asean-entry", "wto");
        assertThat(grade.total()).isEqualTo(Score.of("2", "3"));
        assertThat(grade.total().percent(1)).isEqualByComparingTo("66.7");
    }

    @Test
    void questionsLeftOutOfTheResponsesAreGradedAsUnanswered() {
        QuizGrade grade = Grader.grade(List.of(ASEAN, WTO), Map.of("wto", new Response.SelectedChoice("y")));

        assertThat(grade.questions()).extracting(QuestionGrade::correctness)
                .containsExactly(Correctness.UNANSWERED, Correctness.INCORRECT);
        assertThat(grade.total()).isEqualTo(Score.of("0", "3"));
    }

    @Test
    void aResponseToAQuestionOutsideTheQuizIsRefused() {
        assertThatThrownBy(() -> Grader.grade(List.of(WTO), Map.of("asean-entry", new Response.SelectedChoice("b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'asean-entry'");
    }

    @Test
    void gradingIsAPureFunction() {
        var responses = Map.of("asean-entry", new Response.SelectedChoice("c"));

        assertThat(Grader.grade(List.of(ASEAN, WTO), responses)).isEqualTo(Grader.grade(List.of(ASEAN, WTO), responses));
    }
}
