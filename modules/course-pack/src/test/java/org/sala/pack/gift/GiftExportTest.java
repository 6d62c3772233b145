package org.sala.pack.gift;

import org.sala.pack.interchange.ExportResult;
import org.sala.pack.interchange.ImportedQuestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.Gap;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.NumericUnit;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.OrderingScoring;
import org.sala.engine.question.OutcomeFeedback;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.Problem;
import org.sala.pack.Problem.Severity;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.SectionRef;

class GiftExportTest {

    private static final TrueFalseQuestion STATEMENT =
            new TrueFalseQuestion(QuestionBasics.of("flows", "The Tonle Sap reverses."), true, "", "");

    private static ExportResult write(Question... questions) {
        return GiftExport.write(List.of(questions).stream().map(PackQuestion::of).map(ImportedQuestion::uncategorized).toList());
    }

    private static List<String> warnings(ExportResult result) {
        return result.warnings().stream().map(Problem::message).toList();
    }

    @Test
    void aQuestionIsWrittenWithItsIdAsTitleAMarkdownPromptAndOneAnswerPerLine() {
        var question = new SingleChoiceQuestion(QuestionBasics.of("river", "Which river?").withFeedback("4,900 km."), List.of(
                new Choice("a", "The Mekong", BigDecimal.ONE, "Right."),
                new Choice("b", "The Nile", BigDecimal.ZERO, ""),
                new Choice("c", "The Tonle Sap", new BigDecimal("0.5"), "Partly.")), true);

        assertThat(write(question).text()).isEqualTo("""
                ::river::[markdown]Which river? {
                \t=The Mekong#Right.
                \t~The Nile
                \t~%50%The Tonle Sap#Partly.
                \t####4,900 km.
                }

                """);
    }

    @Test
    void trueFalseAndSimpleNumericQuestionsAreWrittenOnOneLine() {
        var truth = new TrueFalseQuestion(QuestionBasics.of("flows", "It reverses."), true, "Right.", "It does.");
        var year = new NumericQuestion(QuestionBasics.of("year", "Year?"), List.of(new NumericAnswer(new BigDecimal("1999"),
                BigDecimal.ONE, NumericAnswer.Tolerance.ABSOLUTE, BigDecimal.ONE, "")), List.of(), false, BigDecimal.ZERO);

        assertThat(write(truth, year).text()).isEqualTo("""
                ::flows::[markdown]It reverses. {TRUE#It does.#Right.}

                ::year::[markdown]Year? {#1999:1}

                """);
    }

    @Test
    void aMissingWordPromptHasItsAnswersWhereTheBlankIs() {
        var question = new SingleChoiceQuestion(QuestionBasics.of("joined", "Cambodia joined _____ in 1999."),
                List.of(Choice.right("a", "ASEAN", ""), Choice.wrong("b", "APEC", "")), true);

        assertThat(write(question).text()).isEqualTo("::joined::[markdown]Cambodia joined {\n\t=ASEAN\n\t~APEC\n} in 1999.\n\n");
    }

    @Test
    void specialCharactersAreEscapedAndLineBreaksWrittenAsBackslashN() {
        var question = new TrueFalseQuestion(QuestionBasics.of("ratio", "Is 1:2 {or} 1=2 ~ #1?\n\nC:\\new"), true, "", "");

        assertThat(write(question).text()).isEqualTo("::ratio::[markdown]Is 1\\:2 \\{or\\} 1\\=2 \\~ \\#1?\\n\\nC\\:\\\\new {TRUE}\n\n");
    }

    @Test
    void categoriesAreWrittenWhereTheyChangeAndTagsAsAComment() {
        var tagged = new PackQuestion(STATEMENT, Difficulty.MEDIUM, Set.of("rivers", "a]b"), List.of());

        ExportResult result = GiftExport.write(List.of(new ImportedQuestion("geography/rivers", tagged),
                new ImportedQuestion("geography/rivers", PackQuestion.of(STATEMENT))));

        assertThat(result.text()).startsWith("""
                $CATEGORY: geography/rivers

                // [tag:a\\]b] [tag:rivers]
                ::flows::[markdown]The Tonle Sap reverses. {TRUE}

                ::flows::""");
    }

    @Test
    void whatGiftHasNoPlaceForIsLeftOutWithAWarningNamingTheQuestion() {
        var question = new TrueFalseQuestion(new QuestionBasics("flows", "It reverses.", new BigDecimal("2"), "",
                List.of("Think of the wet season.")), true, "", "");
        var pack = new PackQuestion(question, Difficulty.HARD, Set.of(), List.of(new SectionRef("rivers", "tonle-sap")));

        ExportResult result = GiftExport.write(List.of(ImportedQuestion.uncategorized(pack)));

        assertThat(result.text()).isEqualTo("::flows::[markdown]It reverses. {TRUE}\n\n");
        assertThat(result.warnings()).allSatisfy(warning -> {
            assertThat(warning.severity()).isEqualTo(Severity.WARNING);
            assertThat(warning.file()).isEqualTo("export");
            assertThat(warning.line()).isZero();
        });
        assertThat(warnings(result)).containsExactly(
                "question 'flows' is worth 2 points; GIFT has no points, so Moodle and import give it 1",
                "question 'flows' its 1 hint(s) are left out (GIFT has no hints)",
                "question 'flows' its difficulty 'hard' is left out (GIFT has none; import gives medium)",
                "question 'flows' its lesson sections [rivers#tonle-sap] are left out (GIFT has none)");
        assertThat(result.warnings().get(0)).hasToString("export: warning: question 'flows' is worth 2 points;"
                + " GIFT has no points, so Moodle and import give it 1");
    }

    @Test
    void orderingAndClozeQuestionsAreSkippedWithAWarning() {
        var ordering = new OrderingQuestion(QuestionBasics.of("order", "Order them."),
                List.of(new OrderItem("a", "Funan"), new OrderItem("b", "Angkor")), OrderingScoring.ALL_OR_NOTHING);
        var gap = new SingleChoiceQuestion(QuestionBasics.of("gap", "Gap"),
                List.of(Choice.right("a", "ASEAN", ""), Choice.wrong("b", "APEC", "")), true);
        var cloze = new ClozeQuestion(QuestionBasics.of("cloze", "Fill in."), "Cambodia joined {{g}}.",
                List.of(new Gap("g", BigDecimal.ONE, gap)));

        ExportResult result = write(ordering, STATEMENT, cloze);

        assertThat(result.text()).isEqualTo("::flows::[markdown]The Tonle Sap reverses. {TRUE}\n\n");
        assertThat(warnings(result)).containsExactly(
                "question 'order' is an ordering question, which GIFT cannot express; it is not exported",
                "question 'cloze' is a cloze question, which GIFT cannot express; it is not exported");
    }

    @Test
    void answersThatGiftWouldReadAsAnotherTypeAreSkippedWithAWarning() {
        var shortAnswer = new ShortAnswerQuestion(QuestionBasics.of("arrow", "Which?"),
                List.of(AcceptedAnswer.exact("a -> b", "")), TextMatching.DEFAULT);
        var matching = new MatchingQuestion(QuestionBasics.of("pairs", "Match."),
                List.of(new MatchPair("p1", "x -> y", "1"), new MatchPair("p2", "z", "2")), List.of(), true);

        ExportResult result = write(shortAnswer, matching);

        assertThat(result.text()).isEmpty();
        assertThat(warnings(result)).hasSize(2).allSatisfy(warning -> assertThat(warning).contains("'->'", "not exported"));
    }

    @Test
    void idsOrderAndMatchingOptionsGiftCannotKeepAreWarnedAbout() {
        var choice = new SingleChoiceQuestion(QuestionBasics.of("River 1", "Which?"),
                List.of(Choice.right("right", "A", ""), Choice.wrong("wrong", "B", "")), false);
        var shortAnswer = new ShortAnswerQuestion(QuestionBasics.of("typed", "Type."), List.of(AcceptedAnswer.exact("A", "")),
                new TextMatching(true, true, TextMatching.UnicodeForm.NFC, false));
        var matching = new MatchingQuestion(QuestionBasics.of("pairs", "Match."),
                List.of(new MatchPair("x", "a", "1"), new MatchPair("y", "b", "2")), List.of(), false,
                new OutcomeFeedback("All right.", "", ""));

        List<String> warnings = warnings(write(choice, shortAnswer, matching, STATEMENT, STATEMENT));

        assertThat(warnings).containsExactly(
                "question 'River 1' its option ids [right, wrong] are left out (GIFT has none); they come back as [a, b]",
                "question 'River 1' keeps its options in order, which GIFT cannot say; Moodle and import shuffle them",
                "question 'River 1' its id is written as its title and comes back as 'river-1'"
                        + " (an id from a title holds letters a-z, digits and hyphens)",
                "question 'typed' matches answers by " + shortAnswer.matching() + ", which GIFT cannot say;"
                        + " Moodle and import use the default (case ignored, whitespace collapsed)",
                "question 'pairs' its pair ids [x, y] are left out (GIFT has none); they come back as [p1, p2]",
                "question 'pairs' its feedback for right, partly right and wrong responses is left out (GIFT has none)",
                "question 'pairs' keeps its answers in order, which GIFT cannot say; Moodle and import shuffle them",
                "question 'flows' its id is written a second time; import names this one 'flows-2' (or the next free suffix)");
    }

    @Test
    void unitsAreLeftOutAndARelativeToleranceIsWrittenAsTheSameAbsoluteRange() {
        var question = new NumericQuestion(QuestionBasics.of("distance", "How far?"), List.of(new NumericAnswer(
                new BigDecimal("200"), new BigDecimal("0.05"), NumericAnswer.Tolerance.RELATIVE, BigDecimal.ONE, "")),
                List.of(new NumericUnit("km", BigDecimal.ONE)), true, new BigDecimal("0.1"));

        ExportResult result = write(question);
        var back = (NumericQuestion) GiftImport.read("x.gift", result.text()).questions().get(0).question().question();

        assertThat(warnings(result)).containsExactly(
                "question 'distance' its units, unit requirement and unit penalty are left out (GIFT has no units)",
                "question 'distance' accepts 200 within a relative 0.05, which GIFT cannot say; it is written as the same"
                        + " range, within an absolute 10.00");
        assertThat(back.answers().get(0).accepts(new BigDecimal("190"))).isTrue();
        assertThat(back.answers().get(0).accepts(new BigDecimal("210.01"))).isFalse();
    }

    @Test
    void otherMultipleChoiceScoringIsWrittenAsTheNearestOptionPercentages() {
        List<Choice> choices = List.of(Choice.right("a", "Laos", ""), Choice.right("b", "Thailand", ""),
                Choice.right("c", "Cambodia", ""), Choice.wrong("d", "Indonesia", ""), Choice.wrong("e", "Japan", ""));
        var allOrNothing = new MultipleChoiceQuestion(QuestionBasics.of("all", "Which?"), choices,
                MultipleChoiceScoring.ALL_OR_NOTHING, true);
        var rightMinusWrong = new MultipleChoiceQuestion(QuestionBasics.of("share", "Which?"), choices,
                MultipleChoiceScoring.RIGHT_MINUS_WRONG, true);

        ExportResult result = write(allOrNothing, rightMinusWrong);
        List<ImportedQuestion> back = GiftImport.read("x.gift", result.text()).questions();

        assertThat(warnings(result)).hasSize(2).allSatisfy(warning -> assertThat(warning).contains("option percentages"));
        assertThat(((MultipleChoiceQuestion) back.get(0).question().question()).choices()).extracting(Choice::credit)
                .containsExactly(new BigDecimal("0.3333333"), new BigDecimal("0.3333333"), new BigDecimal("0.3333333"),
                        new BigDecimal("-1"), new BigDecimal("-1"));
        assertThat(((MultipleChoiceQuestion) back.get(1).question().question()).choices()).extracting(Choice::credit)
                .containsExactly(new BigDecimal("0.3333333"), new BigDecimal("0.3333333"), new BigDecimal("0.3333333"),
                        new BigDecimal("-0.5"), new BigDecimal("-0.5"));
    }

    @Test
    void aTagGiftCannotHoldIsLeftOutWithAWarning() {
        var tagged = new PackQuestion(STATEMENT, Difficulty.MEDIUM, Set.of("ends\\", " spaced", "two\nlines", "kept"), List.of());

        ExportResult result = GiftExport.write(List.of(ImportedQuestion.uncategorized(tagged)));

        assertThat(result.text()).startsWith("// [tag:kept]\n::flows::");
        assertThat(warnings(result)).hasSize(3).allSatisfy(warning -> assertThat(warning).contains("is left out"));
    }

    @Test
    void nothingToWriteGivesAnEmptyFile() {
        assertThat(GiftExport.write(List.of())).isEqualTo(ExportResult.utf8("", List.of()));
    }
}
