package org.sala.pack.moodle;

import org.sala.pack.interchange.ExportResult;
import org.sala.pack.interchange.ImportResult;
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
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.NumericUnit;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.Problem;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.SectionRef;
import org.sala.pack.xml.SafeXml;

/** What Moodle XML cannot say is written as near as Moodle comes, and named in a warning, never dropped silently. */
class MoodleXmlExportTest {

    private static final TextMatching MOODLE = new TextMatching(false, false, TextMatching.UnicodeForm.NFC, false);

    @Test
    void theFileIsAMoodleQuizWithTheIdAsEachQuestionsName() {
        ExportResult written = write(trueFalse("tenth-member"));

        var quiz = SafeXml.parse("out.xml", written.text()).document().orElseThrow().getDocumentElement();
        assertThat(SafeXml.localName(quiz)).isEqualTo("quiz");
        var question = SafeXml.child(quiz, "question").orElseThrow();
        assertThat(question.getAttribute("type")).isEqualTo("truefalse");
        assertThat(SafeXml.child(question, "name").orElseThrow().getTextContent().strip()).isEqualTo("tenth-member");
        assertThat(written.text()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"").contains("<questiontext format=\"markdown\">");
    }

    @Test
    void difficultyAndLessonSectionsAreWarnedAboutByQuestionId() {
        var packQuestion = new PackQuestion(trueFalse("tenth-member"), Difficulty.HARD, Set.of(), List.of(new SectionRef("asean", "joining")));

        ExportResult written = MoodleXmlExport.write(List.of(ImportedQuestion.uncategorized(packQuestion)));

        assertThat(written.warnings()).extracting(Problem::toString).containsExactly(
                "export: warning: question 'tenth-member': difficulty 'hard' is not written: Moodle XML has no difficulty, so it reads back as medium",
                "export: warning: question 'tenth-member': the lesson sections that teach it (asean#joining) are not written:"
                        + " Moodle XML cannot point at them");
    }

    @Test
    void optionIdsOtherThanByPlaceAreWarnedAbout() {
        ExportResult written = write(new SingleChoiceQuestion(QuestionBasics.of("year", "When?"),
                List.of(Choice.right("y1999", "1999", ""), Choice.wrong("y1997", "1997", "")), true));

        assertThat(written.warnings()).singleElement().extracting(Problem::message)
                .isEqualTo("question 'year': option ids [y1999, y1997] are not written: Moodle names them by place, and they read back as [a, b]");
    }

    @Test
    void allOrNothingIsWrittenAsSharesWithWrongOptionsCancellingAndSaysSo() {
        ExportResult written = write(multiple(MultipleChoiceScoring.ALL_OR_NOTHING, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));

        assertThat(written.warnings()).singleElement().asString().contains("no all-or-nothing multiple choice", "part marks");
        assertThat(credits(written)).containsExactly(new BigDecimal("0.3333333"), new BigDecimal("0.3333333"), new BigDecimal("0.3333333"),
                BigDecimal.ONE.negate(), BigDecimal.ONE.negate());
    }

    @Test
    void rightMinusWrongIsWrittenAsTheSharesThatGradeTheSame() {
        ExportResult written = write(multiple(MultipleChoiceScoring.RIGHT_MINUS_WRONG, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));

        assertThat(written.warnings()).singleElement().asString().contains("right-minus-wrong", "grade the same");
        assertThat(credits(written)).containsExactly(new BigDecimal("0.3333333"), new BigDecimal("0.3333333"), new BigDecimal("0.3333333"),
                new BigDecimal("-0.5"), new BigDecimal("-0.5"));
    }

    @Test
    void aCreditMoodleHasNoGradeForIsWarnedAbout() {
        ExportResult written = write(new SingleChoiceQuestion(QuestionBasics.of("year", "When?"),
                List.of(Choice.right("a", "1999", ""), new Choice("b", "1998", new BigDecimal("0.35"), "")), true));

        assertThat(written.warnings()).singleElement().extracting(Problem::message).isEqualTo("question 'year': option 'b' earns 35%,"
                + " which is not one of Moodle's grades; Moodle refuses the question unless told to use the nearest grade");
    }

    @Test
    void shortAnswerMatchingMoodleCannotDoIsWarnedAbout() {
        ExportResult written = write(new ShortAnswerQuestion(QuestionBasics.of("capital", "Capital?"),
                List.of(AcceptedAnswer.exact("Phnom Penh", "")), new TextMatching(true, true, TextMatching.UnicodeForm.NFKC, true)));

        assertThat(written.warnings()).singleElement().extracting(Problem::message).isEqualTo("question 'capital': Moodle's short answer"
                + " does not collapse runs of spaces inside an answer, always brings answers to Unicode NFC (not NFKC), does not fold"
                + " accents; only case sensitivity is written");
        assertThat(written.text()).contains("<usecase>1</usecase>");
    }

    @Test
    void aRelativeToleranceIsWrittenAsTheAbsoluteOneItMeans() {
        NumericQuestion relative = new NumericQuestion(QuestionBasics.of("distance", "How far?"),
                List.of(new NumericAnswer(new BigDecimal(650), new BigDecimal("0.1"), NumericAnswer.Tolerance.RELATIVE, BigDecimal.ONE, "")),
                List.of(new NumericUnit("km", BigDecimal.ONE)), false, BigDecimal.ZERO);

        ExportResult written = write(relative);

        assertThat(written.warnings()).singleElement().extracting(Problem::message).isEqualTo("question 'distance': the relative tolerance"
                + " 0.1 of 650 is written as the absolute tolerance 65 (Moodle's is absolute); it reads back so");
        var back = (NumericQuestion) MoodleXmlImport.read("out.xml", written.text()).questions().getFirst().question().question();
        assertThat(back.answers()).containsExactly(new NumericAnswer(new BigDecimal(650), new BigDecimal(65), NumericAnswer.Tolerance.ABSOLUTE,
                BigDecimal.ONE, ""));
        assertThat(back.units()).isEqualTo(relative.units());
    }

    @Test
    void clozeWeightsAreScaledToWholeNumbersGapsRenumberedAndGapExtrasWarnedAbout() {
        var cloze = new ClozeQuestion(
                new QuestionBasics("joined", "Fill in.\n\nThen check.", new BigDecimal(3), "", List.of()),
                "Cambodia joined {{year}} as member {{rank}}.",
                List.of(new Gap("rank", new BigDecimal("1.5"), new NumericQuestion(
                                new QuestionBasics("joined-rank", "Gap rank", BigDecimal.ONE, "", List.of("Count them.")),
                                List.of(NumericAnswer.exactly("10")), List.of(new NumericUnit("th", BigDecimal.ONE)), false, BigDecimal.ZERO)),
                        new Gap("year", new BigDecimal("0.5"), new ShortAnswerQuestion(QuestionBasics.of("joined-year", "Gap year"),
                                List.of(AcceptedAnswer.exact("1999", "")), MOODLE))));

        ExportResult written = write(cloze);

        assertThat(written.warnings()).extracting(Problem::message).containsExactly(
                "question 'joined': its gaps [year, rank] are numbered by place in Moodle and read back as [g1, g2]",
                "question 'joined': Moodle's gap weights are whole numbers: weights [1.5, 0.5] are written as [3, 1] (the same shares) and read back so",
                "question 'joined': Moodle gives a cloze question the sum of its gap weights (4) as its mark, not its points (3);"
                        + " the points are written as <defaultgrade>, which Moodle ignores and Sala reads back",
                "question 'joined': gap 'rank': its own general feedback and hints are not written; Moodle's embedded answers have feedback per answer only",
                "question 'joined': gap 'rank': its units are not written; Moodle's embedded numerical answers take none",
                "question 'joined': Moodle's cloze question has one text: the prompt is written as its first paragraphs, and only the first"
                        + " paragraph reads back as the prompt");
        assertThat(written.text()).contains("Cambodia joined {1:SHORTANSWER:=1999} as member {3:NUMERICAL:=10:0}.");
    }

    @Test
    void aQuestionWithoutCategoryAfterACategorisedOneIsWarnedAbout() {
        ExportResult written = MoodleXmlExport.write(List.of(
                new ImportedQuestion("$course$/top/ASEAN", PackQuestion.of(trueFalse("first"))),
                ImportedQuestion.uncategorized(PackQuestion.of(trueFalse("second")))));

        assertThat(written.warnings()).singleElement().extracting(Problem::message)
                .isEqualTo("question 'second': it has no category, but Moodle files it under the category before it ('$course$/top/ASEAN')");
    }

    @Test
    void anIdThatWouldReadBackChangedIsWarnedAbout() {
        ExportResult written = MoodleXmlExport.write(List.of(
                ImportedQuestion.uncategorized(PackQuestion.of(trueFalse("tenth-member"))),
                ImportedQuestion.uncategorized(PackQuestion.of(trueFalse("tenth-member"))),
                ImportedQuestion.uncategorized(PackQuestion.of(trueFalse("Entry_Year")))));

        assertThat(written.warnings()).extracting(Problem::message).containsExactly(
                "question 'tenth-member': its id is written as its name, which an import reads back as 'tenth-member-2'",
                "question 'Entry_Year': its id is written as its name, which an import reads back as 'entry-year'");
    }

    @Test
    void aTagMoodleWouldTrimIsWarnedAbout() {
        var tagged = new PackQuestion(trueFalse("tenth-member"), Difficulty.MEDIUM, Set.of("asean", " dates "), List.of());

        assertThat(MoodleXmlExport.write(List.of(ImportedQuestion.uncategorized(tagged))).warnings()).extracting(Problem::message)
                .containsExactly("question 'tenth-member': its tag ' dates ' reads back as 'dates': Moodle trims tags");
    }

    @Test
    void aQuestionMoodleCanSayWholeIsWrittenWithoutWarnings() {
        assertThat(write(trueFalse("tenth-member")).warnings()).isEmpty();
    }

    private static ExportResult write(Question question) {
        return MoodleXmlExport.write(List.of(ImportedQuestion.uncategorized(PackQuestion.of(question))));
    }

    private static TrueFalseQuestion trueFalse(String id) {
        return new TrueFalseQuestion(QuestionBasics.of(id, "Cambodia was ASEAN's tenth member."), true, "", "");
    }

    private static MultipleChoiceQuestion multiple(MultipleChoiceScoring scoring, BigDecimal... rightCredits) {
        var choices = new java.util.ArrayList<Choice>();
        for (BigDecimal credit : rightCredits) {
            choices.add(new Choice(MoodleXmlImport.choiceId(choices.size()), "right " + choices.size(), credit, ""));
        }
        choices.add(Choice.wrong(MoodleXmlImport.choiceId(choices.size()), "wrong 1", ""));
        choices.add(Choice.wrong(MoodleXmlImport.choiceId(choices.size()), "wrong 2", ""));
        return new MultipleChoiceQuestion(QuestionBasics.of("members", "Which?"), choices, scoring, true);
    }

    /** The credits an import reads back from what was written. */
    private static List<BigDecimal> credits(ExportResult written) {
        ImportResult read = MoodleXmlImport.read("out.xml", written.text());
        assertThat(read.problems()).isEmpty();
        var back = (MultipleChoiceQuestion) read.questions().getFirst().question().question();
        assertThat(back.scoring()).isEqualTo(MultipleChoiceScoring.OPTION_PERCENTAGES);
        return back.choices().stream().map(Choice::credit).toList();
    }
}
