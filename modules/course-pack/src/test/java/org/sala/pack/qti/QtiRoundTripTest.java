package org.sala.pack.qti;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Gap;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
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
import org.sala.pack.interchange.ExportResult;
import org.sala.pack.interchange.ImportResult;
import org.sala.pack.model.PackQuestion;

/** Every question type the mapping covers: model, to QTI 3.0, back to the model, equal. */
class QtiRoundTripTest {

    private static QuestionBasics basics(String id, String prompt) {
        return new QuestionBasics(id, prompt, new BigDecimal("2.5"), "See chapter 3.\n\nASEAN was founded in 1967.", List.of());
    }

    /** Exports, imports, and checks that nothing was lost or even approximated on the way. */
    private static Question roundTrip(Question question) {
        ExportResult exported = QtiExport.export(PackQuestion.of(question));
        assertThat(exported.warnings()).as("export warnings").isEmpty();
        ImportResult imported = QtiImport.readItem(question.id() + ".xml", exported.text());
        assertThat(imported.problems()).as("import problems of\n%s", exported.text()).isEmpty();
        assertThat(imported.questions()).hasSize(1);
        return imported.packQuestions().get(0).question();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void singleChoiceWithOneRightOptionAndFeedbackComesBackEqual() {
        var question = new SingleChoiceQuestion(basics("capital", "What is the capital of **Cambodia**?\n\nPick one."), List.of(
                Choice.right("pp", "Phnom Penh", "Yes: since 1865."),
                Choice.wrong("sr", "Siem Reap", "Home of Angkor, not the capital."),
                Choice.wrong("bb", "Battambang <& 'friends'>", "")), false);

        assertThat(roundTrip(question)).isEqualTo(question);
    }

    @Test
    void singleChoiceWithPartialAndNegativeCreditComesBackEqual() {
        var question = new SingleChoiceQuestion(basics("joined", "When did Cambodia join ASEAN?"), List.of(
                Choice.right("a", "1999", ""),
                new Choice("b", "1998 (the year it was agreed)", d("0.5"), ""),
                new Choice("c", "1967", d("-0.25"), "That is when ASEAN was founded.")), true);

        assertThat(roundTrip(question)).isEqualTo(question);
    }

    @Test
    void multipleChoiceKeepsEachScoringStrategy() {
        var percentages = new MultipleChoiceQuestion(basics("members", "Which are ASEAN members?"), List.of(
                new Choice("kh", "Cambodia", d("0.5"), "Since 1999."),
                new Choice("la", "Laos", d("0.5"), ""),
                new Choice("cn", "China", d("-0.5"), "A dialogue partner.")), MultipleChoiceScoring.OPTION_PERCENTAGES, true);
        var allOrNothing = new MultipleChoiceQuestion(basics("founders", "Which founded ASEAN?"), List.of(
                Choice.right("id", "Indonesia", ""), Choice.right("th", "Thailand", ""), Choice.wrong("kh", "Cambodia", "")),
                MultipleChoiceScoring.ALL_OR_NOTHING, false);
        var rightMinusWrong = new MultipleChoiceQuestion(basics("mekong", "Which countries does the Mekong cross?"), List.of(
                Choice.right("kh", "Cambodia", ""), Choice.right("la", "Laos", ""), Choice.right("vn", "Vietnam", ""),
                Choice.wrong("my", "Malaysia", ""), Choice.wrong("ph", "Philippines", "")),
                MultipleChoiceScoring.RIGHT_MINUS_WRONG, true);

        assertThat(roundTrip(percentages)).isEqualTo(percentages);
        assertThat(roundTrip(allOrNothing)).isEqualTo(allOrNothing);
        assertThat(roundTrip(rightMinusWrong)).isEqualTo(rightMinusWrong);
    }

    @Test
    void trueFalseComesBackAsTrueFalseWithBothFeedbacks() {
        var question = new TrueFalseQuestion(basics("neutral", "Cambodia's 1993 constitution declares permanent neutrality."),
                true, "Right: article 53.", "It does: article 53.");
        var no = new TrueFalseQuestion(QuestionBasics.of("sea", "Cambodia has no coastline."), false, "", "");

        assertThat(roundTrip(question)).isEqualTo(question);
        assertThat(roundTrip(no)).isEqualTo(no);
    }

    @Test
    void shortAnswerKeepsAnswersCreditsFeedbackAndMatching() {
        var question = new ShortAnswerQuestion(basics("pm", "Who was prime minister in 1998?"), List.of(
                new AcceptedAnswer("Hun Sen", false, BigDecimal.ONE, "Correct."),
                new AcceptedAnswer("Hun", false, d("0.5"), "Give the full name."),
                new AcceptedAnswer("Sen", false, d("0.25"), "")),
                new TextMatching(true, false, TextMatching.UnicodeForm.NFKC, false));
        var khmer = new ShortAnswerQuestion(basics("city", "រាជធានីនៃកម្ពុជា?"), List.of(
                AcceptedAnswer.exact("ភ្នំពេញ", "ត្រឹមត្រូវ")), TextMatching.DEFAULT);

        assertThat(roundTrip(question)).isEqualTo(question);
        assertThat(roundTrip(khmer)).isEqualTo(khmer);
    }

    @Test
    void numericKeepsValuesTolerancesCreditsAndFeedback() {
        var question = new NumericQuestion(basics("founded", "In which year was ASEAN founded?"), List.of(
                new NumericAnswer(d("1967"), BigDecimal.ZERO, NumericAnswer.Tolerance.ABSOLUTE, BigDecimal.ONE, "Bangkok, 8 August."),
                new NumericAnswer(d("1966"), d("1"), NumericAnswer.Tolerance.ABSOLUTE, d("0.5"), "Close."),
                new NumericAnswer(d("2000"), d("0.05"), NumericAnswer.Tolerance.RELATIVE, d("0.1"), "")), List.of(), false, null);

        assertThat(roundTrip(question)).isEqualTo(question);
    }

    @Test
    void matchingKeepsPairsDistractorsAndOutcomeFeedback() {
        var question = new MatchingQuestion(basics("capitals", "Match each country with its capital."), List.of(
                new MatchPair("kh", "Cambodia", "Phnom Penh"),
                new MatchPair("la", "Laos", "Vientiane"),
                new MatchPair("th", "Thailand", "Bangkok")), List.of("Yangon", "Hanoi"), false,
                new OutcomeFeedback("All right!", "Some are right.", "Look at the map again."));

        assertThat(roundTrip(question)).isEqualTo(question);
    }

    @Test
    void orderingAllOrNothingComesBackEqual() {
        var question = new OrderingQuestion(basics("events", "Put these in order."), List.of(
                new OrderItem("a", "Independence (1953)"), new OrderItem("b", "Paris Peace Accords (1991)"),
                new OrderItem("c", "Joining ASEAN (1999)")), OrderingScoring.ALL_OR_NOTHING,
                new OutcomeFeedback("Right.", "", "Check the dates."));

        assertThat(roundTrip(question)).isEqualTo(question);
    }

    @Test
    void clozeKeepsTextGapsWeightsAndEveryGapType() {
        String id = "asean";
        var year = new NumericQuestion(new QuestionBasics(id + "-year", "Gap year", BigDecimal.ONE, "", List.of()), List.of(
                NumericAnswer.exactly("1999"),
                new NumericAnswer(d("1998"), d("0"), NumericAnswer.Tolerance.ABSOLUTE, d("0.5"), "")), List.of(), false, null);
        var rank = new SingleChoiceQuestion(new QuestionBasics(id + "-rank", "Gap rank", BigDecimal.ONE, "", List.of()), List.of(
                Choice.right("tenth", "tenth", ""), Choice.wrong("ninth", "ninth", ""), new Choice("last", "last", d("0.5"), "")), false);
        var city = new ShortAnswerQuestion(new QuestionBasics(id + "-city", "Gap city", BigDecimal.ONE, "", List.of()), List.of(
                AcceptedAnswer.exact("Hanoi", "")), TextMatching.DEFAULT);
        var question = new ClozeQuestion(basics(id, "Fill in the gaps."),
                "Cambodia joined ASEAN in {{year}} as its {{rank}} member.\n\nThe ceremony was held in {{city}}.",
                List.of(new Gap("year", d("2"), year), new Gap("rank", BigDecimal.ONE, rank), new Gap("city", BigDecimal.ONE, city)));

        assertThat(roundTrip(question)).isEqualTo(question);
    }

    @Test
    void aClozeWithOneGapAloneInItsParagraphStaysACloze() {
        var gap = new ShortAnswerQuestion(new QuestionBasics("one-x", "Gap x", BigDecimal.ONE, "", List.of()),
                List.of(AcceptedAnswer.exact("Mekong", "")), TextMatching.DEFAULT);
        var question = new ClozeQuestion(QuestionBasics.of("one", "Name the river."), "The river:\n\n{{x}}",
                List.of(new Gap("x", BigDecimal.ONE, gap)));

        assertThat(roundTrip(question)).isEqualTo(question);
    }

    @Test
    void whatOnlySalaReadsBackIsWarnedAboutYetComesBackEqual() {
        var ordering = new OrderingQuestion(basics("steps", "Order the steps."), List.of(new OrderItem("a", "Vote"),
                new OrderItem("b", "Count"), new OrderItem("c", "Announce")), OrderingScoring.ADJACENT_PAIRS);
        var accents = new ShortAnswerQuestion(basics("city", "Which city?"), List.of(AcceptedAnswer.exact("Phnom Pénh", "")),
                new TextMatching(false, true, TextMatching.UnicodeForm.NFC, true));

        for (Question question : List.of(ordering, accents)) {
            ExportResult exported = QtiExport.export(PackQuestion.of(question));
            ImportResult imported = QtiImport.readItem("x.xml", exported.text());

            assertThat(exported.warnings()).singleElement().asString().contains("question '" + question.id() + "'");
            assertThat(imported.problems()).isEmpty();
            assertThat(imported.packQuestions().get(0).question()).isEqualTo(question);
        }
    }

    @Test
    void pointsTravelAsMaxScore() {
        var question = new TrueFalseQuestion(new QuestionBasics("p", "Angkor Wat is in Siem Reap.", d("7.5"), "", List.of()), true, "", "");

        String xml = QtiExport.writeItem(PackQuestion.of(question));

        assertThat(xml).contains("identifier=\"MAXSCORE\"").contains("<qti-value>7.5</qti-value>");
        assertThat(roundTrip(question).points()).isEqualByComparingTo("7.5");
    }

    @Test
    void anImportedItemHasNoProblemOfItsOwn() {
        var question = new TrueFalseQuestion(QuestionBasics.of("plain", "The Mekong flows through Cambodia."), true, "", "");

        ImportResult result = QtiImport.readItem("plain.xml", QtiExport.writeItem(PackQuestion.of(question)));

        assertThat(result.problems()).extracting(Problem::severity).isEmpty();
    }
}
