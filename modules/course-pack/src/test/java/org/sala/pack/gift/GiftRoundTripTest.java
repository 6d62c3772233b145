package org.sala.pack.gift;

import org.sala.pack.interchange.ExportResult;
import org.sala.pack.interchange.ImportResult;
import org.sala.pack.interchange.ImportedQuestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.model.PackQuestion;

/** Whatever GIFT can express comes back equal: model, GIFT, model. */
class GiftRoundTripTest {

    /** Special characters, a line break, a paragraph, and a script that is not Latin. */
    private static final String AWKWARD = "a~b=c#d{e}f:g\\h \\n i\n\nពេល -> // ####";

    private static QuestionBasics basics(String id, String prompt, String generalFeedback) {
        return QuestionBasics.of(id, prompt).withFeedback(generalFeedback);
    }

    private static ImportedQuestion question(String category, Question question, String... tags) {
        return new ImportedQuestion(category, new PackQuestion(question, Difficulty.MEDIUM, Set.of(tags), List.of()));
    }

    private static ImportedQuestion question(Question question) {
        return question("", question);
    }

    private static BigDecimal credit(String credit) {
        return new BigDecimal(credit);
    }

    /** Writes the questions, with no warning, and reads them back equal, with no problem. */
    private static void assertRoundTrips(ImportedQuestion... questions) {
        ExportResult written = GiftExport.write(List.of(questions));
        assertThat(written.warnings()).as(written.text()).isEmpty();

        ImportResult read = GiftImport.read("export.gift", written.text());

        assertThat(read.problems()).as(written.text()).isEmpty();
        assertThat(read.questions()).as(written.text()).containsExactly(questions);
    }

    @Test
    void aSingleChoiceQuestionWithFeedbackAndPartialAndNegativeCreditsComesBack() {
        assertRoundTrips(question(new SingleChoiceQuestion(basics("river", "Which river flows through *Phnom Penh*?",
                "The Mekong is about 4,900 km long."), List.of(
                new Choice("a", "The Chao Phraya", BigDecimal.ZERO, "That one flows through Bangkok."),
                new Choice("b", "The Mekong", BigDecimal.ONE, "Right."),
                new Choice("c", "The Tonle Sap", credit("0.5"), "Partly."),
                new Choice("d", "The Nile", credit("-0.25"), "")), true)));
    }

    @Test
    void aSingleChoiceQuestionWithTwoFullCreditOptionsComesBack() {
        assertRoundTrips(question(new SingleChoiceQuestion(basics("either", "Pick either.", ""), List.of(
                Choice.right("a", "This", ""), Choice.right("b", "That", ""), Choice.wrong("c", "Neither", "")), true)));
    }

    @Test
    void aMultipleAnswerQuestionWithThirdsAndAPenaltyComesBack() {
        assertRoundTrips(question(new MultipleChoiceQuestion(basics("border", "Which countries border the Mekong?", ""), List.of(
                new Choice("a", "Laos", credit("0.3333333"), "Yes."),
                new Choice("b", "Thailand", credit("0.3333333"), ""),
                new Choice("c", "Cambodia", credit("0.3333334"), ""),
                new Choice("d", "Indonesia", credit("-1"), "An island nation.")), MultipleChoiceScoring.OPTION_PERCENTAGES, true)));
    }

    @Test
    void trueFalseQuestionsComeBackWithEachFeedbackOnItsSide() {
        assertRoundTrips(
                question(new TrueFalseQuestion(basics("flows", "The Tonle Sap reverses its flow.", "Every wet season."), true,
                        "Right: it does.", "It does.")),
                question(new TrueFalseQuestion(basics("africa", "The Mekong is in Africa.", ""), false, "It is in Asia.", "Right.")),
                question(new TrueFalseQuestion(basics("only-right", "Only right feedback.", ""), true, "Right.", "")),
                question(new TrueFalseQuestion(basics("only-wrong", "Only wrong feedback.", "General."), false, "Wrong.", "")),
                question(new TrueFalseQuestion(basics("none", "No feedback.", ""), false, "", "")));
    }

    @Test
    void aShortAnswerQuestionWithWeightsPatternsAndStarsComesBack() {
        assertRoundTrips(question(new ShortAnswerQuestion(basics("capital", "What is the capital of Cambodia?", "Since 1434."),
                List.of(new AcceptedAnswer("Phnom Penh", false, BigDecimal.ONE, "Right."),
                        new AcceptedAnswer("Phnum Penh", false, credit("0.5"), "Nearly."),
                        new AcceptedAnswer("*Penh*", true, credit("0.25"), ""),
                        new AcceptedAnswer("2*3 = 6", false, credit("0.1"), ""),
                        new AcceptedAnswer("%5 off", false, BigDecimal.ONE, ""),
                        new AcceptedAnswer("TRUE", false, BigDecimal.ONE, "")),
                TextMatching.DEFAULT)));
    }

    @Test
    void numericQuestionsComeBackWithTolerancesAlternativesAndExactDecimals() {
        assertRoundTrips(
                question(new NumericQuestion(basics("year", "When did Cambodia join ASEAN?", ""),
                        List.of(NumericAnswer.exactly("1999")), List.of(), false, BigDecimal.ZERO)),
                question(new NumericQuestion(basics("age", "How old is Angkor Wat?", "Built in the early 1100s."), List.of(
                        new NumericAnswer(credit("850"), credit("50"), NumericAnswer.Tolerance.ABSOLUTE, BigDecimal.ONE, "Right."),
                        new NumericAnswer(credit("850"), credit("150"), NumericAnswer.Tolerance.ABSOLUTE, credit("0.5"), "Close."),
                        new NumericAnswer(credit("-2.50"), credit("0.0"), NumericAnswer.Tolerance.ABSOLUTE, credit("-0.5"), "")),
                        List.of(), false, BigDecimal.ZERO)),
                question(new NumericQuestion(basics("big", "How far, in metres?", ""), List.of(
                        new NumericAnswer(credit("1.5E+6"), credit("1E+3"), NumericAnswer.Tolerance.ABSOLUTE, BigDecimal.ONE, "")),
                        List.of(), false, BigDecimal.ZERO)));
    }

    @Test
    void aMatchingQuestionWithDistractorsComesBack() {
        assertRoundTrips(question(new MatchingQuestion(basics("capitals", "Match each country with its capital.", "All in ASEAN."),
                List.of(new MatchPair("p1", "Cambodia", "Phnom Penh"), new MatchPair("p2", "Laos", "Vientiane"),
                        new MatchPair("p3", "[Thailand]", "Bangkok -> Krung Thep")),
                List.of("Yangon", "Hanoi"), true)));
    }

    @Test
    void missingWordPromptsComeBackWithTheBlankWhereverItIs() {
        List<Choice> choices = List.of(Choice.right("a", "ASEAN", ""), Choice.wrong("b", "APEC", ""));
        assertRoundTrips(
                question(new SingleChoiceQuestion(basics("middle", "Cambodia joined _____ in 1999.", ""), choices, true)),
                question(new SingleChoiceQuestion(basics("end", "In 1999 Cambodia joined _____", ""), choices, true)),
                question(new SingleChoiceQuestion(basics("start", "_____ has ten members.", ""), choices, true)),
                question(new TrueFalseQuestion(basics("twice", "_____ and _____ again.", ""), true, "", "")));
    }

    @Test
    void categoriesAndTagsComeBack() {
        TrueFalseQuestion first = new TrueFalseQuestion(basics("first", "First.", ""), true, "", "");
        TrueFalseQuestion second = new TrueFalseQuestion(basics("second", "Second.", ""), true, "", "");
        TrueFalseQuestion third = new TrueFalseQuestion(basics("third", "Third.", ""), false, "", "");
        TrueFalseQuestion fourth = new TrueFalseQuestion(basics("fourth", "Fourth.", ""), false, "", "");
        assertRoundTrips(
                question("", first, "plain"),
                question("$course$/top/geography/rivers", second, "rivers", "grade 5", "odd]tag"),
                question("$course$/top/geography/rivers", third),
                question("", fourth, "back to none"));
    }

    @Test
    void everySpecialCharacterInEveryTextComesBack() {
        assertRoundTrips(
                question("", new SingleChoiceQuestion(basics("awkward-choice", AWKWARD, AWKWARD), List.of(
                        new Choice("a", AWKWARD, BigDecimal.ONE, AWKWARD),
                        new Choice("b", "[a] first, %5% off, [html] not a format", BigDecimal.ZERO, "[b] " + AWKWARD)), true),
                        AWKWARD.replace("\n", " ")),
                question(new TrueFalseQuestion(basics("awkward-truth", "[html] is not a format " + AWKWARD, AWKWARD), true,
                        AWKWARD, "#" + AWKWARD)),
                question(new MatchingQuestion(basics("awkward-pairs", AWKWARD, AWKWARD),
                        List.of(new MatchPair("p1", "a~b=c#d{e}f:g\\h", AWKWARD.replace("\n", " ")),
                                new MatchPair("p2", "ពេល", "[x] y")), List.of("%1% z"), true)),
                question(new NumericQuestion(basics("awkward-number", AWKWARD, AWKWARD),
                        List.of(new NumericAnswer(credit("1"), BigDecimal.ZERO, NumericAnswer.Tolerance.ABSOLUTE, BigDecimal.ONE,
                                AWKWARD)), List.of(), false, BigDecimal.ZERO)));
    }

    @Test
    void readingWritingAndReadingTheSampleFileChangesNothing() {
        ImportResult first = GiftImport.read("sample.gift", GiftImportTest.sample());
        ExportResult written = GiftExport.write(first.questions());

        ImportResult second = GiftImport.read("export.gift", written.text());

        assertThat(written.warnings()).isEmpty();
        assertThat(second.problems()).isEmpty();
        assertThat(second.questions()).isEqualTo(first.questions());
        assertThat(GiftExport.write(second.questions()).text()).isEqualTo(written.text());
    }
}
