package org.sala.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sala.engine.Questions;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.response.Response;

/** Quiz totals, penalties for extra tries and certainty-based marks. */
class MarkingTest {

    private static final QuestionGrade RIGHT = Grader.grade(Questions.aseanEntry(), new Response.SelectedChoice("b"));
    private static final QuestionGrade HALF = Grader.grade(Questions.aseanEntry(), new Response.SelectedChoice("c"));
    private static final QuestionGrade WRONG = Grader.grade(Questions.aseanEntry(), new Response.SelectedChoice("a"));

    @Test
    void aQuizTotalIsTheSumOfItsQuestionsInQuizOrder() {
        QuizGrade grade = Grader.grade(List.of(Questions.aseanEntry(), Questions.apec(), Questions.years()), Map.of(
                "years", new Response.Matches(Map.of("asean", "1999")),
                "asean-entry", new Response.SelectedChoice("c")));

        assertThat(grade.questions()).extracting(QuestionGrade::questionId).containsExactly("asean-entry", "apec", "years");
        assertThat(grade.total()).isEqualTo(Score.of("2", "6"));
        assertThat(grade.total().percent(1)).isEqualByComparingTo("33.3");
    }

    @Test
    void aResponseToAQuestionOutsideTheQuizIsRefused() {
        assertThatThrownBy(() -> Grader.grade(List.of(Questions.apec()), Map.of("asean-entry", new Response.SelectedChoice("b"))))
                .hasMessageContaining("'asean-entry'");
    }

    @Test
    void aQuizTotalCannotBeGivenOtherThanTheSum() {
        assertThatThrownBy(() -> new QuizGrade(List.of(RIGHT), Score.of("1", "2"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new QuizGrade(List.of(RIGHT), null).total()).isEqualTo(Score.of("2", "2"));
    }

    @Test
    void everyExtraTryCostsThePenaltyOfTheMarkEarned() {
        BigDecimal tenth = new BigDecimal("0.1");

        assertThat(Penalties.afterTries(RIGHT, 1, tenth).score()).isEqualTo(Score.of("2", "2"));
        assertThat(Penalties.afterTries(RIGHT, 3, tenth).score()).isEqualTo(Score.of("1.6", "2"));
        assertThat(Penalties.afterTries(RIGHT, 3, tenth).correctness()).isEqualTo(Correctness.PARTIALLY_CORRECT);
        assertThat(Penalties.afterTries(HALF, 2, tenth).score()).isEqualTo(Score.of("0.8", "2"));
    }

    @Test
    void penaltiesNeverTakeAMarkBelowZero() {
        assertThat(Penalties.afterTries(HALF, 9, new BigDecimal("0.2")).score()).isEqualTo(Score.of("0", "2"));
        assertThat(Penalties.afterTries(WRONG, 5, new BigDecimal("0.5")).score()).isEqualTo(Score.of("0", "2"));
    }

    @Test
    void certaintyBasedMarksFollowTheMoodleTable() {
        assertThat(Certainty.LOW.mark(RIGHT.score())).isEqualByComparingTo("2");
        assertThat(Certainty.MEDIUM.mark(RIGHT.score())).isEqualByComparingTo("4");
        assertThat(Certainty.HIGH.mark(RIGHT.score())).isEqualByComparingTo("6");
        assertThat(Certainty.LOW.mark(WRONG.score())).isEqualByComparingTo("0");
        assertThat(Certainty.MEDIUM.mark(WRONG.score())).isEqualByComparingTo("-4");
        assertThat(Certainty.HIGH.mark(WRONG.score())).isEqualByComparingTo("-12");
    }

    @Test
    void aPartlyRightAnswerEarnsTheRightMarkTimesItsShare() {
        assertThat(Certainty.HIGH.mark(HALF.score())).isEqualByComparingTo("3");
    }

    @Test
    void negativeMarkingCanTakeAQuestionBelowZeroButNoFurtherThanItsPoints() {
        var question = Questions.memberships(MultipleChoiceScoring.OPTION_PERCENTAGES);
        QuestionGrade grade = Grader.grade(question, new Response.SelectedChoices(java.util.Set.of("d", "e")), GradingOptions.NEGATIVE_MARKING);

        assertThat(grade.score()).isEqualTo(Score.of("-3", "3"));
    }
}
