package org.sala.pack.moodle;

import org.sala.pack.interchange.ExportResult;
import org.sala.pack.interchange.ImportResult;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.ReadResult;
import org.sala.pack.read.Sources;

/** Model, then Moodle XML, then model: the same question for every type, wherever Moodle XML can say it. */
class MoodleXmlRoundTripTest {

    private static final TextMatching MOODLE_CASE_SENSITIVE = new TextMatching(true, false, TextMatching.UnicodeForm.NFC, false);
    private static final TextMatching MOODLE_CASE_INSENSITIVE = new TextMatching(false, false, TextMatching.UnicodeForm.NFC, false);

    @Test
    void singleChoiceComesBackTheSame() {
        assertComesBackTheSame(new SingleChoiceQuestion(
                new QuestionBasics("entry-year", "When did Cambodia join **ASEAN**?", new BigDecimal(2),
                        "On 30 April 1999.", List.of("The last year of the century.", "Not 1997.")),
                List.of(Choice.wrong("a", "1997", "Planned, then postponed."), Choice.right("b", "1999", "Yes."),
                        new Choice("c", "April 1999, day unknown", new BigDecimal("0.5"), ""),
                        new Choice("d", "Never", new BigDecimal("-0.5"), "It did join.")),
                false));
    }

    @Test
    void multipleChoiceWithThirdsComesBackTheSame() {
        BigDecimal third = new BigDecimal("0.3333333");
        assertComesBackTheSame(new MultipleChoiceQuestion(QuestionBasics.of("founders", "Which of these founded ASEAN?"),
                List.of(new Choice("a", "Indonesia", third, ""), new Choice("b", "Thailand", third, ""),
                        new Choice("c", "Malaysia", third, "Yes, in 1967."), new Choice("d", "Cambodia", BigDecimal.ONE.negate(), "It joined in 1999.")),
                MultipleChoiceScoring.OPTION_PERCENTAGES, true));
    }

    @Test
    void trueFalseComesBackTheSame() {
        assertComesBackTheSame(new TrueFalseQuestion(QuestionBasics.of("ninth-member", "Cambodia was ASEAN's ninth member."),
                false, "It was the tenth.", "Right: the tenth."));
    }

    @Test
    void shortAnswerWithWildcardsAndLiteralStarsComesBackTheSame() {
        assertComesBackTheSame(new ShortAnswerQuestion(QuestionBasics.of("prime-minister", "Who led Cambodia into ASEAN?"),
                List.of(AcceptedAnswer.exact("Hun Sen", "Yes."), new AcceptedAnswer("*Hun*", true, new BigDecimal("0.5"), "Nearly."),
                        new AcceptedAnswer("5*3", false, new BigDecimal("0.1"), "A literal star."),
                        new AcceptedAnswer("*", true, BigDecimal.ZERO, "Think of 1998.")),
                MOODLE_CASE_SENSITIVE));
    }

    @Test
    void numericWithTolerancesAndRequiredUnitsComesBackTheSame() {
        assertComesBackTheSame(new NumericQuestion(QuestionBasics.of("distance", "How far is Phnom Penh from Bangkok by road?"),
                List.of(new NumericAnswer(new BigDecimal(650), new BigDecimal(50), NumericAnswer.Tolerance.ABSOLUTE, BigDecimal.ONE, "Yes."),
                        new NumericAnswer(new BigDecimal("650.5"), new BigDecimal(150), NumericAnswer.Tolerance.ABSOLUTE, new BigDecimal("0.5"), "")),
                List.of(new NumericUnit("km", BigDecimal.ONE), new NumericUnit("m", new BigDecimal(1000)), new NumericUnit("mi", new BigDecimal("0.621371"))),
                true, new BigDecimal("0.25")));
    }

    @Test
    void numericWithoutUnitsComesBackTheSame() {
        assertComesBackTheSame(new NumericQuestion(QuestionBasics.of("year", "In which year did Cambodia join?"),
                List.of(NumericAnswer.exactly("1999"), new NumericAnswer(new BigDecimal(-1), BigDecimal.ZERO, NumericAnswer.Tolerance.ABSOLUTE,
                        BigDecimal.ZERO, "A year, please.")),
                List.of(), false, BigDecimal.ZERO));
    }

    @Test
    void matchingWithDistractorsAndOutcomeFeedbackComesBackTheSame() {
        assertComesBackTheSame(new MatchingQuestion(QuestionBasics.of("forum-years", "Match each forum with the year it began."),
                List.of(new MatchPair("p1", "ARF", "1994"), new MatchPair("p2", "ASEM", "1996"), new MatchPair("p3", "APT", "1997")),
                List.of("2004", "1967"), false, new OutcomeFeedback("All matched.", "Some matched.", "None matched.")));
    }

    @ParameterizedTest
    @EnumSource(OrderingScoring.class)
    void orderingComesBackTheSameWithEachScoring(OrderingScoring scoring) {
        assertComesBackTheSame(new OrderingQuestion(QuestionBasics.of("events", "Put these in order, earliest first."),
                List.of(new OrderItem("i1", "ASEAN founded"), new OrderItem("i2", "ARF founded"), new OrderItem("i3", "Cambodia joins")),
                scoring, new OutcomeFeedback("In order.", "", "Look again.")));
    }

    @Test
    void clozeWithEveryKindOfGapComesBackTheSame() {
        assertComesBackTheSame(new ClozeQuestion(
                new QuestionBasics("joined", "Complete the sentence about **ASEAN**.", new BigDecimal(5), "See the lesson.", List.of("1999.")),
                "Cambodia joined {{g1}} in {{g2}},\n\nas its {{g3}} member (and {{g4}}).",
                List.of(new Gap("g1", BigDecimal.ONE, new ShortAnswerQuestion(gapBasics("joined", "g1"),
                                List.of(AcceptedAnswer.exact("ASEAN", "Right"), new AcceptedAnswer("Asean*", true, new BigDecimal("0.5"), "Mind the case")),
                                MOODLE_CASE_SENSITIVE)),
                        new Gap("g2", new BigDecimal(2), new NumericQuestion(gapBasics("joined", "g2"),
                                List.of(NumericAnswer.exactly("1999"), new NumericAnswer(new BigDecimal(1999), BigDecimal.ONE,
                                        NumericAnswer.Tolerance.ABSOLUTE, new BigDecimal("0.5"), "Close")),
                                List.of(), false, BigDecimal.ZERO)),
                        new Gap("g3", BigDecimal.ONE, new SingleChoiceQuestion(gapBasics("joined", "g3"),
                                List.of(Choice.wrong("a", "ninth", ""), Choice.right("b", "tenth", "Yes"),
                                        new Choice("c", "tenth-ish", new BigDecimal("0.25"), "Nearly")), true)),
                        new Gap("g4", BigDecimal.ONE, new ShortAnswerQuestion(gapBasics("joined", "g4"),
                                List.of(AcceptedAnswer.exact("a } b # c ~ d & e", "it's {#} ~ & <fine>")), MOODLE_CASE_INSENSITIVE)))));
    }

    @Test
    void clozePointsOtherThanItsWeightsComeBackWithAWarningForMoodle() {
        var cloze = new ClozeQuestion(QuestionBasics.of("capital", "Fill in."), "The capital is {{g1}}, on the {{g2}}.",
                List.of(new Gap("g1", BigDecimal.ONE, new ShortAnswerQuestion(gapBasics("capital", "g1"),
                                List.of(AcceptedAnswer.exact("Phnom Penh", "")), MOODLE_CASE_INSENSITIVE)),
                        new Gap("g2", BigDecimal.ONE, new SingleChoiceQuestion(gapBasics("capital", "g2"),
                                List.of(Choice.right("a", "Mekong", ""), Choice.wrong("b", "Chao Phraya", "")), false))));

        ExportResult written = MoodleXmlExport.write(List.of(ImportedQuestion.uncategorized(PackQuestion.of(cloze))));

        assertThat(written.warnings()).singleElement().asString()
                .contains("'capital'", "sum of its gap weights (2)", "not its points (1)", "<defaultgrade>");
        assertThat(read(written).getFirst().question().question()).isEqualTo(cloze);
    }

    @Test
    void textsWithMarkupScriptsAndCdataEndsComeBackTheSame() {
        assertComesBackTheSame(new TrueFalseQuestion(new QuestionBasics("markup", "<p>Is <b>ភ្នំពេញ</b> & Phnom Penh one city?</p>",
                BigDecimal.ONE, "Yes ]]> really.", List.of("<i>ភ្នំពេញ</i> is its Khmer name.")), true, "Right & true.", ""));
    }

    @Test
    void categoriesAndTagsComeBackTheSame() {
        List<ImportedQuestion> questions = List.of(
                new ImportedQuestion("$course$/top/ASEAN", tagged("a", "asean", "dates")),
                new ImportedQuestion("$course$/top/ASEAN", tagged("b")),
                new ImportedQuestion("$course$/top/Mekong", tagged("c", "rivers")));

        ExportResult written = MoodleXmlExport.write(questions);

        assertThat(written.warnings()).isEmpty();
        assertThat(written.text()).containsOnlyOnce("$course$/top/ASEAN").containsOnlyOnce("$course$/top/Mekong");
        assertThat(read(written)).isEqualTo(questions);
    }

    @Test
    void everyQuestionOfTheGuidesExamplePackComesBackTheSameOrIsNamedInAWarning() throws URISyntaxException {
        Path root = Path.of(MoodleXmlRoundTripTest.class.getResource("/packs/every-type/pack.yaml").toURI()).getParent();
        ReadResult pack = PackReader.read(Sources.directory(root));
        List<ImportedQuestion> questions = pack.pack().orElseThrow().questions().stream().map(ImportedQuestion::uncategorized).toList();

        ExportResult written = MoodleXmlExport.write(questions);
        List<ImportedQuestion> back = read(written);

        assertThat(back).hasSameSizeAs(questions);
        for (int i = 0; i < questions.size(); i++) {
            PackQuestion original = questions.get(i).question();
            PackQuestion returned = back.get(i).question();
            assertThat(returned.id()).isEqualTo(original.id());
            assertThat(returned.tags()).isEqualTo(original.tags());
            if (!returned.question().equals(original.question())) {
                assertThat(written.warnings()).as("what changed in %s is warned about", original.id())
                        .anySatisfy(warning -> assertThat(warning.message()).startsWith("question '" + original.id() + "': ")
                                .doesNotContain("difficulty", "lesson sections"));
            }
        }
    }

    private static void assertComesBackTheSame(Question question) {
        PackQuestion packQuestion = new PackQuestion(question, Difficulty.MEDIUM, Set.of("asean"), List.of());

        ExportResult written = MoodleXmlExport.write(List.of(new ImportedQuestion("$course$/top/ASEAN", packQuestion)));

        assertThat(written.warnings()).isEmpty();
        assertThat(read(written)).containsExactly(new ImportedQuestion("$course$/top/ASEAN", packQuestion));
    }

    private static List<ImportedQuestion> read(ExportResult written) {
        ImportResult read = MoodleXmlImport.read("written.xml", written.text());
        assertThat(read.problems()).as("problems reading\n%s", written.text()).isEmpty();
        return read.questions();
    }

    private static PackQuestion tagged(String id, String... tags) {
        return new PackQuestion(new TrueFalseQuestion(QuestionBasics.of(id, "True?"), true, "", ""), Difficulty.MEDIUM, Set.of(tags), List.of());
    }

    private static QuestionBasics gapBasics(String questionId, String gapId) {
        return new QuestionBasics(questionId + "-" + gapId, "Gap " + gapId, BigDecimal.ONE, "", List.of());
    }
}
