package org.sala.pack.qti;

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
import org.sala.engine.question.NumericUnit;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.OrderingScoring;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.Problem;
import org.sala.pack.interchange.ExportResult;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.SectionRef;

/** What the written QTI says, and the warnings for whatever it cannot say. */
class QtiExportTest {

    private static final QuestionBasics BASICS = QuestionBasics.of("q1", "Which?");

    private static ExportResult export(org.sala.engine.question.Question question) {
        return QtiExport.export(PackQuestion.of(question));
    }

    private static List<String> messages(ExportResult exported) {
        return exported.warnings().stream().map(Problem::message).toList();
    }

    @Test
    void aSingleChoiceItemIsQti3WithTheMatchCorrectTemplate() {
        String xml = export(new SingleChoiceQuestion(BASICS, List.of(Choice.right("a", "A", ""), Choice.wrong("b", "B", "")), true)).text();

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<qti-assessment-item ")
                .contains("xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\"")
                .contains("identifier=\"q1\"")
                .contains("<qti-response-declaration base-type=\"identifier\" cardinality=\"single\" identifier=\"RESPONSE\">")
                .contains("max-choices=\"1\"")
                .contains("template=\"https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml\"")
                .doesNotContain("qti-mapping");
    }

    @Test
    void partialCreditUsesMapResponseWithTheCreditsAsMappedValues() {
        String xml = export(new MultipleChoiceQuestion(BASICS, List.of(new Choice("a", "A", new BigDecimal("0.5"), ""),
                new Choice("b", "B", new BigDecimal("0.5"), ""), new Choice("c", "C", new BigDecimal("-1"), "")),
                MultipleChoiceScoring.OPTION_PERCENTAGES, true)).text();

        assertThat(xml).contains("cardinality=\"multiple\"").contains("max-choices=\"0\"")
                .contains("<qti-map-entry map-key=\"a\" mapped-value=\"0.5\"/>")
                .contains("<qti-map-entry map-key=\"c\" mapped-value=\"-1\"/>")
                .contains("rptemplates/map_response.xml");
    }

    @Test
    void trueFalseIsAChoiceBetweenTrueAndFalse() {
        String xml = export(new TrueFalseQuestion(BASICS, false, "", "")).text();

        assertThat(xml).contains("<qti-simple-choice identifier=\"true\">True</qti-simple-choice>")
                .contains("<qti-simple-choice identifier=\"false\">False</qti-simple-choice>")
                .contains("<qti-correct-response>\n      <qti-value>false</qti-value>");
    }

    @Test
    void shortAnswersAreMapEntriesWithCaseSensitivity() {
        String xml = export(new ShortAnswerQuestion(BASICS, List.of(AcceptedAnswer.exact("Mekong", ""),
                new AcceptedAnswer("Mekong River", false, new BigDecimal("0.8"), "")), TextMatching.DEFAULT)).text();

        assertThat(xml).contains("base-type=\"string\"").contains("<qti-text-entry-interaction response-identifier=\"RESPONSE\"/>")
                .contains("<qti-map-entry case-sensitive=\"false\" map-key=\"Mekong River\" mapped-value=\"0.8\"/>");
    }

    @Test
    void numericToleranceIsAQtiEqualWithRelativeAsPercent() {
        String xml = export(new NumericQuestion(BASICS, List.of(
                new NumericAnswer(new BigDecimal("100"), new BigDecimal("0.05"), NumericAnswer.Tolerance.RELATIVE, BigDecimal.ONE, "")),
                List.of(), false, null)).text();

        assertThat(xml).contains("base-type=\"float\"").contains("<qti-equal tolerance=\"5\" tolerance-mode=\"relative\">");
    }

    @Test
    void overlappingNumericAnswersReorderedForTheLadderAreWarnedAboutAndReadBackInThatOrder() {
        var close = new NumericAnswer(new BigDecimal("1999"), BigDecimal.ONE, NumericAnswer.Tolerance.ABSOLUTE, new BigDecimal("0.5"), "Close.");
        var planned = new NumericAnswer(new BigDecimal("1997"), BigDecimal.ZERO, NumericAnswer.Tolerance.ABSOLUTE, BigDecimal.ZERO, "Planned.");
        var question = new NumericQuestion(BASICS, List.of(close, NumericAnswer.exactly("1999"), planned), List.of(), false, null);

        ExportResult exported = export(question);

        assertThat(messages(exported)).singleElement().asString().isEqualTo("question 'q1': its answers are exported highest credit"
                + " first, so that QTI, which takes the first value that accepts a response, grades as Sala does; an import reads"
                + " them back in that order");
        var back = (NumericQuestion) QtiImport.readItem("q1.xml", exported.text()).packQuestions().get(0).question();
        assertThat(back.answers()).containsExactly(NumericAnswer.exactly("1999"), close, planned);
    }

    @Test
    void overlappingNumericAnswersAlreadyInLadderOrderGiveNoWarning() {
        var close = new NumericAnswer(new BigDecimal("1999"), BigDecimal.ONE, NumericAnswer.Tolerance.ABSOLUTE, new BigDecimal("0.5"), "");

        assertThat(messages(export(new NumericQuestion(BASICS, List.of(NumericAnswer.exactly("1999"), close), List.of(), false, null))))
                .isEmpty();
    }

    @Test
    void matchingIsDirectedPairsBetweenTwoMatchSets() {
        String xml = export(new MatchingQuestion(BASICS, List.of(new MatchPair("kh", "Cambodia", "Phnom Penh"),
                new MatchPair("la", "Laos", "Vientiane")), List.of("Hanoi"), true)).text();

        assertThat(xml).contains("base-type=\"directedPair\"").contains("<qti-value>kh answer-1</qti-value>")
                .contains("<qti-map-entry map-key=\"la answer-2\" mapped-value=\"0.5\"/>")
                .contains(">Hanoi</qti-simple-associable-choice>");
        assertThat(xml.split("<qti-simple-match-set>", -1)).hasSize(3);
    }

    @Test
    void orderingIsAnOrderedResponse() {
        String xml = export(new OrderingQuestion(BASICS, List.of(new OrderItem("a", "A"), new OrderItem("b", "B")),
                OrderingScoring.ALL_OR_NOTHING)).text();

        assertThat(xml).contains("cardinality=\"ordered\"").contains("<qti-order-interaction").contains("match_correct.xml");
    }

    @Test
    void whateverQtiCannotSayIsAWarningNamingTheQuestion() {
        var hinted = new QuestionBasics("hinted", "How far?", BigDecimal.ONE, "", List.of("Think big.", "Kilometres."));
        var numeric = new NumericQuestion(hinted, List.of(NumericAnswer.exactly("5")),
                List.of(new NumericUnit("km", BigDecimal.ONE), new NumericUnit("m", new BigDecimal("1000"))), true, new BigDecimal("0.5"));
        var patterns = new ShortAnswerQuestion(QuestionBasics.of("who", "Who?"), List.of(AcceptedAnswer.exact("Hun Sen", ""),
                new AcceptedAnswer("*Hun*", true, new BigDecimal("0.5"), "")), new TextMatching(false, true, TextMatching.UnicodeForm.NFC, true));
        var ordering = new OrderingQuestion(QuestionBasics.of("order", "Order them."),
                List.of(new OrderItem("a", "A"), new OrderItem("b", "B")), OrderingScoring.ITEMS_IN_PLACE);

        assertThat(messages(export(numeric))).allMatch(message -> message.startsWith("question 'hinted': "))
                .anyMatch(message -> message.contains("2 hint(s) are not exported"))
                .anyMatch(message -> message.contains("units [km, m] are not exported"));
        assertThat(messages(export(patterns))).anyMatch(message -> message.contains("pattern answer '*Hun*' is not exported"))
                .anyMatch(message -> message.contains("ignores accents"));
        assertThat(messages(export(ordering))).singleElement().asString().contains("scored items-in-place");
    }

    @Test
    void aLoneItemWarnsThatTagsDifficultyAndSectionsStayBehind() {
        var question = new PackQuestion(new TrueFalseQuestion(BASICS, true, "", ""), Difficulty.HARD, Set.of("asean"),
                List.of(new SectionRef("asean", "founding")));

        assertThat(QtiExport.export(question).warnings()).extracting(Problem::message).containsExactlyInAnyOrder(
                "question 'q1': its difficulty and tags are kept only in a content package's manifest, not in a lone item",
                "question 'q1': the lesson sections that teach it [asean#founding] are not exported: they name lessons of this pack");
    }

    @Test
    void anIdThatIsNotAQtiIdentifierIsWrittenAsAValidOneThatReadsBackAsTheId() {
        var question = new TrueFalseQuestion(QuestionBasics.of("1st-question", "True?"), true, "", "");

        ExportResult exported = export(question);

        assertThat(exported.text()).contains("identifier=\"_1st-question\"");
        assertThat(messages(exported)).singleElement().asString().contains("written as the QTI identifier '_1st-question'")
                .contains("reads it back as '1st-question'");
        assertThat(QtiImport.readItem("x.xml", exported.text()).questions().get(0).id()).isEqualTo("1st-question");
        assertThat(QtiImport.readItem("x.xml", exported.text()).problems()).extracting(Problem::message)
                .containsExactly("item '_1st-question' is imported as question '1st-question' (a Sala id holds lower-case letters, digits and hyphens)");
    }

    @Test
    void markupInTextIsWrittenAsTextNotAsElements() {
        var question = new SingleChoiceQuestion(QuestionBasics.of("x", "Is <script>alert(1)</script> & co safe?"),
                List.of(Choice.right("a", "<b>no</b>", ""), Choice.wrong("b", "yes", "")), false);

        String xml = export(question).text();

        assertThat(xml).contains("Is &lt;script&gt;alert(1)&lt;/script&gt; &amp; co safe?").doesNotContain("<script>");
        assertThat(QtiImport.readItem("x.xml", xml).packQuestions().get(0).question()).isEqualTo(question);
    }
}
