package org.sala.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sala.engine.Questions.aseanEntry;
import static org.sala.engine.Questions.memberships;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sala.engine.Questions;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.response.Response;

class ChoiceGradingTest {

    private static QuestionGrade single(String choice) {
        return Grader.grade(aseanEntry(), new Response.SelectedChoice(choice));
    }

    private static Score ticked(MultipleChoiceScoring scoring, String... choices) {
        return Grader.grade(memberships(scoring), new Response.SelectedChoices(Set.of(choices))).score();
    }

    @Test
    void theRightOptionEarnsAllThePointsAndItsFeedback() {
        assertThat(single("b").score()).isEqualTo(Score.of("2", "2"));
        assertThat(single("b").correctness()).isEqualTo(Correctness.CORRECT);
        assertThat(single("b").feedback()).isEqualTo("Tenth member.");
    }

    @Test
    void aWrongOptionEarnsNothing() {
        assertThat(single("a").score()).isEqualTo(Score.of("0", "2"));
        assertThat(single("a").correctness()).isEqualTo(Correctness.INCORRECT);
    }

    @Test
    void anOptionWithPartialCreditEarnsItsShareExactly() {
        assertThat(single("c").score()).isEqualTo(Score.of("1", "2"));
        assertThat(single("c").correctness()).isEqualTo(Correctness.PARTIALLY_CORRECT);
    }

    @Test
    void aNegativeOptionIsFlooredAtZeroWithoutNegativeMarking() {
        assertThat(single("d").score()).isEqualTo(Score.of("0", "2"));
    }

    @Test
    void aNegativeOptionTakesPointsAwayWithNegativeMarking() {
        QuestionGrade grade = Grader.grade(aseanEntry(), new Response.SelectedChoice("d"), GradingOptions.NEGATIVE_MARKING);

        assertThat(grade.score()).isEqualTo(Score.of("-0.5", "2"));
        assertThat(grade.correctness()).isEqualTo(Correctness.INCORRECT);
    }

    @Test
    void anUnansweredQuestionEarnsNothingButCountsTowardsThePossible() {
        QuestionGrade grade = Grader.grade(aseanEntry(), Response.UNANSWERED);

        assertThat(grade.score()).isEqualTo(Score.of("0", "2"));
        assertThat(grade.correctness()).isEqualTo(Correctness.UNANSWERED);
    }

    @Test
    void anOptionTheQuestionDoesNotHaveIsRefusedByName() {
        assertThatThrownBy(() -> single("z")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asean-entry").hasMessageContaining("'z'");
    }

    @Test
    void aResponseOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> Grader.grade(aseanEntry(), new Response.Text("b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes a selected option");
    }

    @Test
    void allOrNothingNeedsExactlyTheRightOptions() {
        assertThat(ticked(MultipleChoiceScoring.ALL_OR_NOTHING, "a", "b", "c")).isEqualTo(Score.of("3", "3"));
        assertThat(ticked(MultipleChoiceScoring.ALL_OR_NOTHING, "a", "b")).isEqualTo(Score.of("0", "3"));
        assertThat(ticked(MultipleChoiceScoring.ALL_OR_NOTHING, "a", "b", "c", "d")).isEqualTo(Score.of("0", "3"));
    }

    @Test
    void optionPercentagesAddTheTickedCredits() {
        assertThat(ticked(MultipleChoiceScoring.OPTION_PERCENTAGES, "a", "b", "c")).isEqualTo(Score.of("3", "3"));
        assertThat(ticked(MultipleChoiceScoring.OPTION_PERCENTAGES, "a", "b")).isEqualTo(Score.of("1.9999998", "3"));
        assertThat(ticked(MultipleChoiceScoring.OPTION_PERCENTAGES, "a", "b", "d")).isEqualTo(Score.of("0.4999998", "3"));
    }

    @Test
    void rightMinusWrongIsFlooredAtZero() {
        assertThat(ticked(MultipleChoiceScoring.RIGHT_MINUS_WRONG, "a", "b", "c")).isEqualTo(Score.of("3", "3"));
        // 2/3 right minus 1/2 wrong = 1/6 of 3 points
        assertThat(ticked(MultipleChoiceScoring.RIGHT_MINUS_WRONG, "a", "b", "d")).isEqualTo(Score.of("0.5", "3"));
        assertThat(ticked(MultipleChoiceScoring.RIGHT_MINUS_WRONG, "a", "d", "e")).isEqualTo(Score.of("0", "3"));
    }

    @Test
    void tickingEveryOptionNeverEarnsFullMarks() {
        for (MultipleChoiceScoring scoring : MultipleChoiceScoring.values()) {
            assertThat(ticked(scoring, "a", "b", "c", "d", "e").isFull()).as(scoring.name()).isFalse();
        }
    }

    @Test
    void tickingNothingIsUnanswered() {
        QuestionGrade grade = Grader.grade(memberships(MultipleChoiceScoring.ALL_OR_NOTHING), new Response.SelectedChoices(Set.of()));

        assertThat(grade.correctness()).isEqualTo(Correctness.UNANSWERED);
    }

    @Test
    void theTickedOptionsFeedbackIsShownInOptionOrder() {
        QuestionGrade grade = Grader.grade(memberships(MultipleChoiceScoring.ALL_OR_NOTHING), new Response.SelectedChoices(Set.of("d", "a")));

        assertThat(grade.feedback()).isEqualTo("Since 1999.\nNot a member.");
    }

    @Test
    void trueFalseGivesTheFeedbackOfTheAnswerGiven() {
        QuestionGrade right = Grader.grade(Questions.apec(), new Response.TrueOrFalse(false));
        QuestionGrade wrong = Grader.grade(Questions.apec(), new Response.TrueOrFalse(true));

        assertThat(right.correctness()).isEqualTo(Correctness.CORRECT);
        assertThat(right.feedback()).isEqualTo("Right, it is not.");
        assertThat(wrong.score()).isEqualTo(Score.of("0", "1"));
        assertThat(wrong.feedback()).isEqualTo("It is not.");
    }
}
