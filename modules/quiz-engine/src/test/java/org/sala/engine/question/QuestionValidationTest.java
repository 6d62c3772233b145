package org.sala.engine.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sala.engine.Questions;

/** Invalid questions cannot be built; each refusal names the question and the problem. */
class QuestionValidationTest {

    private static final QuestionBasics BASICS = QuestionBasics.of("q1", "Which?");

    @Test
    void pointsArePositive() {
        assertThatThrownBy(() -> BASICS.withPoints(BigDecimal.ZERO)).hasMessageContaining("points must be positive");
    }

    @Test
    void aSingleChoiceQuestionNeedsARightOptionAndTwoOptions() {
        assertThatThrownBy(() -> new SingleChoiceQuestion(BASICS, List.of(Choice.wrong("a", "A", ""), Choice.wrong("b", "B", "")), true))
                .hasMessageContaining("no right option");
        assertThatThrownBy(() -> new SingleChoiceQuestion(BASICS, List.of(Choice.right("a", "A", "")), true))
                .hasMessageContaining("at least 2");
    }

    @Test
    void optionIdsAreUniqueWithinAQuestion() {
        assertThatThrownBy(() -> new SingleChoiceQuestion(BASICS, List.of(Choice.right("a", "A", ""), Choice.wrong("a", "B", "")), true))
                .hasMessageContaining("two options with id 'a'");
    }

    @Test
    void creditLiesBetweenMinusOneAndOne() {
        assertThatThrownBy(() -> new Choice("a", "A", new BigDecimal("1.5"), "")).hasMessageContaining("between -1 and 1");
        assertThatThrownBy(() -> new Choice("a", "A", new BigDecimal("-1.01"), "")).hasMessageContaining("between -1 and 1");
    }

    @Test
    void optionPercentagesOfTheRightOptionsAddUpToOne() {
        assertThatThrownBy(() -> new MultipleChoiceQuestion(BASICS, List.of(
                new Choice("a", "A", new BigDecimal("0.5"), ""), new Choice("b", "B", new BigDecimal("0.4"), ""),
                Choice.wrong("c", "C", "")), MultipleChoiceScoring.OPTION_PERCENTAGES, true))
                .hasMessageContaining("add up to 0.9");
    }

    @Test
    void aNumericToleranceCannotBeNegative() {
        assertThatThrownBy(() -> new NumericAnswer(BigDecimal.ONE, new BigDecimal("-0.1"), NumericAnswer.Tolerance.ABSOLUTE, BigDecimal.ONE, ""))
                .hasMessageContaining("cannot be negative");
    }

    @Test
    void theBaseUnitHasMultiplierOne() {
        assertThatThrownBy(() -> new NumericQuestion(BASICS, List.of(NumericAnswer.exactly("1")),
                List.of(new NumericUnit("km", new BigDecimal("0.001"))), false, BigDecimal.ZERO))
                .hasMessageContaining("base unit");
    }

    @Test
    void aMatchingPromptAppearsOnceAndADistractorIsNoRightAnswer() {
        assertThatThrownBy(() -> new MatchingQuestion(BASICS, List.of(new MatchPair("x", "Same", "1"), new MatchPair("y", "Same", "2")),
                List.of(), true)).hasMessageContaining("two pairs with the prompt 'Same'");
        assertThatThrownBy(() -> new MatchingQuestion(BASICS, List.of(new MatchPair("x", "X", "1"), new MatchPair("y", "Y", "2")),
                List.of("2"), true)).hasMessageContaining("distractor '2' is also a right answer");
    }

    @Test
    void twoPromptsMayShareAnAnswer() {
        var question = new MatchingQuestion(BASICS, List.of(new MatchPair("x", "X", "Asia"), new MatchPair("y", "Y", "Asia")),
                List.of("Europe"), true);

        assertThat(question.answerChoices()).containsExactly("Asia", "Europe");
    }

    @Test
    void everyClozeGapIsMarkedOnceInTheText() {
        Question year = Questions.wtoYear();
        assertThatThrownBy(() -> new ClozeQuestion(BASICS, "In {{year}} and {{year}}", List.of(new Gap("year", BigDecimal.ONE, year))))
                .hasMessageContaining("marks a gap twice");
        assertThatThrownBy(() -> new ClozeQuestion(BASICS, "In {{when}}", List.of(new Gap("year", BigDecimal.ONE, year))))
                .hasMessageContaining("[when]").hasMessageContaining("[year]");
    }

    @Test
    void aGapIsAChoiceShortAnswerOrNumericQuestion() {
        assertThatThrownBy(() -> new Gap("g", BigDecimal.ONE, Questions.years())).hasMessageContaining("a gap is a single-choice");
    }

    @Test
    void anOrderingQuestionHasUniqueItems() {
        assertThatThrownBy(() -> new OrderingQuestion(BASICS, List.of(new OrderItem("a", "A"), new OrderItem("a", "B")),
                OrderingScoring.ITEMS_IN_PLACE)).hasMessageContaining("two items with id 'a'");
    }

    @Test
    void partsCannotBeChangedAfterBuilding() {
        var options = new ArrayList<>(List.of(Choice.right("a", "A", ""), Choice.wrong("b", "B", "")));
        var question = new SingleChoiceQuestion(BASICS, options, true);
        options.add(Choice.wrong("c", "C", ""));

        assertThat(question.choices()).hasSize(2);
        assertThatThrownBy(() -> question.choices().add(Choice.wrong("d", "D", ""))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void missingFeedbackIsEmptyNotNull() {
        var question = new SingleChoiceQuestion(new QuestionBasics("q", "P?", BigDecimal.ONE, null, null),
                List.of(Choice.right("a", "A", null), Choice.wrong("b", "B", null)), false);

        assertThat(question.generalFeedback()).isEmpty();
        assertThat(question.hints()).isEmpty();
        assertThat(question.choices()).allSatisfy(choice -> assertThat(choice.feedback()).isEmpty());
    }
}
