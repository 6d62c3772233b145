package org.sala.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sala.engine.Questions;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.NumericUnit;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.TextMatching;
import org.sala.engine.response.Response;

/** Short answer, numeric and cloze: answers the learner types. */
class TypedGradingTest {

    private static Score typed(String text) {
        return Grader.grade(Questions.association(TextMatching.DEFAULT), new Response.Text(text)).score();
    }

    private static Score number(NumericQuestion question, String text) {
        return Grader.grade(question, new Response.Text(text)).score();
    }

    @Test
    void caseAndSurroundingAndInnerWhitespaceDoNotMatterByDefault() {
        assertThat(typed("asean")).isEqualTo(Score.of("1", "1"));
        assertThat(typed("  association  of southeast\tasian\n nations ")).isEqualTo(Score.of("1", "1"));
    }

    @Test
    void aPatternAnswerEarnsItsOwnCredit() {
        assertThat(typed("the ASEAN bloc")).isEqualTo(Score.of("0.5", "1"));
        assertThat(Grader.grade(Questions.association(TextMatching.DEFAULT), new Response.Text("the ASEAN bloc")).feedback())
                .isEqualTo("It contains the answer.");
    }

    @Test
    void theBestMatchingAnswerCountsNotTheFirst() {
        // "asean" matches both the exact answer (full) and the pattern (half).
        assertThat(typed("ASEAN")).isEqualTo(Score.of("1", "1"));
    }

    @Test
    void anAnswerThatMatchesNothingEarnsNothing() {
        assertThat(typed("APEC")).isEqualTo(Score.of("0", "1"));
    }

    @Test
    void aBlankAnswerIsUnanswered() {
        assertThat(Grader.grade(Questions.association(TextMatching.DEFAULT), new Response.Text("   ")).correctness())
                .isEqualTo(Correctness.UNANSWERED);
    }

    @Test
    void caseSensitiveMatchingTellsCaseApart() {
        var strict = Questions.association(new TextMatching(true, true, TextMatching.UnicodeForm.NFC, false));

        assertThat(Grader.grade(strict, new Response.Text("asean")).score()).isEqualTo(Score.of("0.5", "1"));
    }

    @Test
    void khmerAnswersMatchInEitherUnicodeComposition() {
        var question = new org.sala.engine.question.ShortAnswerQuestion(QuestionBasics.of("school", "Khmer for school?"),
                List.of(org.sala.engine.question.AcceptedAnswer.exact("សាលា", "")), TextMatching.DEFAULT);

        assertThat(Grader.grade(question, new Response.Text(" សាលា ")).score()).isEqualTo(Score.of("1", "1"));
        assertThat(Grader.grade(question, new Response.Text("សាលារៀន")).score()).isEqualTo(Score.of("0", "1"));
    }

    @Test
    void aNumberExactlyAtTheToleranceBoundaryIsAccepted() {
        assertThat(number(Questions.wtoYear(), "2004")).isEqualTo(Score.of("1", "1"));
        assertThat(number(Questions.wtoYear(), "2005")).isEqualTo(Score.of("0.5", "1"));
        assertThat(number(Questions.wtoYear(), "2003")).isEqualTo(Score.of("0.5", "1"));
        assertThat(number(Questions.wtoYear(), "2005.0000001")).isEqualTo(Score.of("0", "1"));
    }

    @Test
    void aRelativeToleranceIsAShareOfTheValue() {
        var question = new NumericQuestion(QuestionBasics.of("area", "Area in km²?"), List.of(
                new NumericAnswer(new BigDecimal("181035"), new BigDecimal("0.01"), NumericAnswer.Tolerance.RELATIVE, BigDecimal.ONE, "")),
                List.of(), false, BigDecimal.ZERO);

        assertThat(number(question, "182845.35")).isEqualTo(Score.of("1", "1"));
        assertThat(number(question, "182845.36")).isEqualTo(Score.of("0", "1"));
        assertThat(number(question, "179224.65")).isEqualTo(Score.of("1", "1"));
    }

    @Test
    void numbersMayUseADecimalCommaOrAnExponent() {
        var question = new NumericQuestion(QuestionBasics.of("half", "Half?"), List.of(NumericAnswer.exactly("0.5")),
                List.of(), false, BigDecimal.ZERO);

        assertThat(number(question, "0,5")).isEqualTo(Score.of("1", "1"));
        assertThat(number(question, "5e-1")).isEqualTo(Score.of("1", "1"));
        assertThat(number(question, "about a half")).isEqualTo(Score.of("0", "1"));
    }

    @Test
    void unitsConvertToTheBaseUnitAndAMissingRequiredUnitCostsThePenalty() {
        var border = new NumericQuestion(QuestionBasics.of("border", "Length of the border?"), List.of(NumericAnswer.exactly("800000")),
                List.of(new NumericUnit("m", BigDecimal.ONE), new NumericUnit("km", new BigDecimal("0.001"))),
                true, new BigDecimal("0.2"));

        assertThat(number(border, "800 km")).isEqualTo(Score.of("1", "1"));
        assertThat(number(border, "800000 m")).isEqualTo(Score.of("1", "1"));
        assertThat(number(border, "800000")).isEqualTo(Score.of("0.8", "1"));
        assertThat(number(border, "800000 miles")).isEqualTo(Score.of("0.8", "1"));
        assertThat(number(border, "800 m")).isEqualTo(Score.of("0", "1"));
    }

    @Test
    void clozeGapsEarnTheirWeightedShare() {
        var both = new Response.Gaps(Map.of("org", new Response.Text("asean"), "year", new Response.Text("1999")));
        var yearOnly = new Response.Gaps(Map.of("org", new Response.Text("APEC"), "year", new Response.Text("1999")));
        var orgOnly = new Response.Gaps(Map.of("org", new Response.Text("ASEAN")));

        assertThat(Grader.grade(Questions.joined(), both).score()).isEqualTo(Score.of("3", "3"));
        assertThat(Grader.grade(Questions.joined(), yearOnly).score()).isEqualTo(Score.of("2", "3"));
        assertThat(Grader.grade(Questions.joined(), orgOnly).score()).isEqualTo(Score.of("1", "3"));
        assertThat(Grader.grade(Questions.joined(), orgOnly).correctness()).isEqualTo(Correctness.PARTIALLY_CORRECT);
    }

    @Test
    void aClozeWithNoGapFilledIsUnanswered() {
        assertThat(Grader.grade(Questions.joined(), new Response.Gaps(Map.of("org", new Response.Text(" ")))).correctness())
                .isEqualTo(Correctness.UNANSWERED);
    }

    @Test
    void aClozeResponseForAGapThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> Grader.grade(Questions.joined(), new Response.Gaps(Map.of("month", new Response.Text("April")))))
                .hasMessageContaining("no gap 'month'");
    }
}
