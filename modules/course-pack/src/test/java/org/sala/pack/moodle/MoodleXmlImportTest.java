package org.sala.pack.moodle;

import org.sala.pack.interchange.ImportResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.Problem;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** Reading Moodle's own exports, and every way a Moodle file can go wrong without the import throwing. */
class MoodleXmlImportTest {

    private static ImportResult bank;

    @BeforeAll
    static void readTheSampleBank() throws IOException {
        try (InputStream in = MoodleXmlImportTest.class.getResourceAsStream("/moodle/asean-bank.xml")) {
            bank = MoodleXmlImport.read("asean-bank.xml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aMoodleExportOfEveryTypeIsReadWithoutErrors() {
        assertThat(bank.errors()).isEmpty();
        assertThat(bank.questions()).extracting(ImportedQuestion::id).containsExactly("entry-year-choice", "founding-members",
                "tenth-member", "association-name", "distance-to-bangkok", "forum-years", "order-events", "joined-cloze");
    }

    @Test
    void aSingleAnswerMultichoiceIsASingleChoiceWithItsGradesFeedbackHintsAndTags() {
        PackQuestion read = question("entry-year-choice");

        assertThat(read.question()).isEqualTo(new SingleChoiceQuestion(
                new QuestionBasics("entry-year-choice", "When did Cambodia join **ASEAN**?", new BigDecimal(2),
                        "Cambodia became the tenth member on 30 April 1999.", List.of("It was the last year of the century.")),
                List.of(Choice.wrong("a", "1997", "Entry was planned for 1997 but postponed."),
                        Choice.right("b", "1999", "Yes, on 30 April 1999."),
                        new Choice("c", "April 1999, day unknown", new BigDecimal("0.5"), "")),
                true));
        assertThat(read.tags()).containsExactlyInAnyOrder("asean", "dates");
        assertThat(read.difficulty()).isEqualTo(Difficulty.MEDIUM);
        assertThat(read.sections()).isEmpty();
    }

    @Test
    void moodleThirdsMakeAMultipleChoiceWhoseRightCreditsAddUpToAWhole() {
        var read = (MultipleChoiceQuestion) question("founding-members").question();

        assertThat(read.scoring()).isEqualTo(MultipleChoiceScoring.OPTION_PERCENTAGES);
        assertThat(read.shuffle()).isFalse();
        // 33.333 is not Moodle's grade, but within its tolerance of one: read as Moodle's third.
        assertThat(read.choices()).extracting(Choice::credit).containsExactly(new BigDecimal("0.3333333"),
                new BigDecimal("0.3333333"), new BigDecimal("0.3333333"), new BigDecimal("-1"));
        assertThat(read.choices().get(3).feedback()).isEqualTo("Cambodia joined in 1999.");
    }

    @Test
    void trueFalseTakesTheAnswerWithFullMarksAndEachAnswersFeedback() {
        assertThat(question("tenth-member").question()).isEqualTo(new TrueFalseQuestion(
                QuestionBasics.of("tenth-member", "Cambodia was ASEAN's *tenth* member."), true, "Right.", "It was the tenth."));
    }

    @Test
    void theCategoryOfEachQuestionIsTheLastCategoryBeforeIt() {
        assertThat(bank.questions()).extracting(ImportedQuestion::category).containsExactly("$course$/top/ASEAN", "$course$/top/ASEAN",
                "$course$/top/ASEAN", "$course$/top/ASEAN/Terms", "$course$/top/ASEAN/Terms", "$course$/top/ASEAN/Terms",
                "$course$/top/ASEAN/Terms", "$course$/top/ASEAN/Terms");
    }

    @Test
    void aShortAnswerMatchesAsMoodleDoesWithItsWildcards() {
        assertThat(question("association-name").question()).isEqualTo(new ShortAnswerQuestion(
                QuestionBasics.of("association-name", "What does the A in ASEAN stand for?"),
                List.of(AcceptedAnswer.exact("Association", "Association of Southeast Asian Nations."),
                        new AcceptedAnswer("*assoc*", true, new BigDecimal("0.5"), "")),
                new TextMatching(false, false, TextMatching.UnicodeForm.NFC, false)));
    }

    @Test
    void aPenaltyOtherThanMoodlesDefaultIsAWarningAtIt() {
        assertThat(bank.warnings()).anySatisfy(warning -> assertThat(warning.toString())
                .startsWith("asean-bank.xml:153:").contains("'association-name'", "penalty", "0.1", "not imported"));
    }

    @Test
    void aDescriptionIsSkippedWithAWarning() {
        assertThat(bank.warnings()).anySatisfy(warning -> assertThat(warning.toString())
                .isEqualTo("asean-bank.xml:170:32: warning: description items are not questions; skipped"));
    }

    @Test
    void aNumericalKeepsToleranceAndRequiredUnitsAndDropsTheCatchAllWithAWarning() {
        assertThat(question("distance-to-bangkok").question()).isEqualTo(new NumericQuestion(
                QuestionBasics.of("distance-to-bangkok", "How far is Phnom Penh from Bangkok by road?"),
                List.of(new NumericAnswer(new BigDecimal(650), new BigDecimal(50), NumericAnswer.Tolerance.ABSOLUTE, BigDecimal.ONE,
                        "About 650 km.")),
                List.of(new NumericUnit("km", BigDecimal.ONE), new NumericUnit("m", new BigDecimal(1000))),
                true, new BigDecimal("0.25")));
        assertThat(bank.warnings()).anySatisfy(warning -> assertThat(warning.toString())
                .contains("'distance-to-bangkok'", "'*' (any other number)", "feedback is lost"));
    }

    @Test
    void aMatchingTakesEmptySubquestionsAsDistractorsAndTheCombinedFeedbackByOutcome() {
        assertThat(question("forum-years").question()).isEqualTo(new MatchingQuestion(
                QuestionBasics.of("forum-years", "Match each forum with the year it began."),
                List.of(new MatchPair("p1", "ARF", "1994"), new MatchPair("p2", "ASEM", "1996")), List.of("2004"), true,
                new OutcomeFeedback("All matched.", "Some matched.", "None matched.")));
    }

    @Test
    void anOrderingTakesTheAnswersInFileOrderAndItsGradingType() {
        assertThat(question("order-events").question()).isEqualTo(new OrderingQuestion(
                QuestionBasics.of("order-events", "Put these in order, earliest first."),
                List.of(new OrderItem("i1", "ARF founded"), new OrderItem("i2", "ASEM founded"), new OrderItem("i3", "Cambodia joins ASEAN")),
                OrderingScoring.ITEMS_IN_PLACE));
    }

    @Test
    void aClozeBecomesGapsWithWeightsCreditsAndFeedbackAndIsWorthItsWeights() {
        var cloze = (ClozeQuestion) question("joined-cloze").question();

        assertThat(cloze.basics()).isEqualTo(new QuestionBasics("joined-cloze", "Fill in the gaps.", new BigDecimal(4), "", List.of()));
        assertThat(cloze.text()).as("its HTML as Markdown, the gaps kept").isEqualTo("Cambodia joined {{g1}} in {{g2}}, as its {{g3}} member.");
        assertThat(cloze.gaps()).containsExactly(
                new Gap("g1", BigDecimal.ONE, new ShortAnswerQuestion(gapBasics("joined-cloze", "g1"),
                        List.of(AcceptedAnswer.exact("ASEAN", "Right"), new AcceptedAnswer("Asean*", true, new BigDecimal("0.5"), "Mind the case")),
                        new TextMatching(false, false, TextMatching.UnicodeForm.NFC, false))),
                new Gap("g2", new BigDecimal(2), new NumericQuestion(gapBasics("joined-cloze", "g2"),
                        List.of(NumericAnswer.exactly("1999"), new NumericAnswer(new BigDecimal(1999), BigDecimal.ONE,
                                NumericAnswer.Tolerance.ABSOLUTE, new BigDecimal("0.5"), "Close")),
                        List.of(), false, BigDecimal.ZERO)),
                new Gap("g3", BigDecimal.ONE, new SingleChoiceQuestion(gapBasics("joined-cloze", "g3"),
                        List.of(Choice.wrong("a", "ninth", ""), Choice.right("b", "tenth", "Yes"), Choice.wrong("c", "eleventh", "")),
                        false)));
    }

    @Test
    void malformedXmlIsAnErrorWithItsPlaceNeverAnException() {
        ImportResult read = MoodleXmlImport.read("broken.xml", "<quiz>\n  <question type=\"truefalse\">\n</quiz>\n");

        assertThat(read.questions()).isEmpty();
        assertThat(read.problems()).singleElement().asString().startsWith("broken.xml:3:").contains("not well-formed XML");
    }

    @Test
    void aDoctypeIsRefusedAndNoEntityIsResolved() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<quiz><question type=\"truefalse\"><name><text>&secret;</text></name></question></quiz>";

        ImportResult read = MoodleXmlImport.read("evil.xml", xxe);

        assertThat(read.questions()).isEmpty();
        assertThat(read.problems()).singleElement().asString().startsWith("evil.xml:2:").contains("DOCTYPE declaration is not allowed");
    }

    @Test
    void anEmptyOrForeignFileIsAnErrorNotAnException() {
        assertThat(MoodleXmlImport.read("empty.xml", "").errors()).singleElement().asString().startsWith("empty.xml");
        assertThat(MoodleXmlImport.read("feed.xml", "<rss/>").errors()).singleElement().asString()
                .isEqualTo("feed.xml:1:7: the root element is <rss>; a Moodle XML question file holds <quiz>");
    }

    @Test
    void anUnknownTypeIsAnErrorNamingItAndItsLineAndTheOtherQuestionsStillImport() {
        ImportResult read = read("""
                <question type="calculated">
                  <name><text>Area</text></name>
                  <questiontext><text>What is {a} times {b}?</text></questiontext>
                </question>
                """ + trueFalse("Tenth member", "true"));

        assertThat(read.errors()).singleElement().asString()
                .startsWith("q.xml:2:")
                .contains("question type 'calculated' is not supported", "multichoice, truefalse, shortanswer");
        assertThat(read.questions()).extracting(ImportedQuestion::id).containsExactly("tenth-member");
    }

    @Test
    void anEssayIsAWarningAndSkippedAsInGift() {
        ImportResult read = read("""
                <question type="essay">
                  <name><text>Why ASEAN</text></name>
                  <questiontext><text>Why did Cambodia join?</text></questiontext>
                </question>
                """ + trueFalse("Tenth member", "true"));

        assertThat(read.errors()).isEmpty();
        assertThat(read.warnings()).singleElement().asString().startsWith("q.xml:2:")
                .contains("question 'Why ASEAN' is an essay; essay/description questions are not imported");
        assertThat(read.questions()).extracting(ImportedQuestion::id).containsExactly("tenth-member");
    }

    @Test
    void aMultichoiceWithNoRightAnswerIsAnErrorAndSkipped() {
        ImportResult read = read("""
                <question type="multichoice">
                  <name><text>No right one</text></name>
                  <questiontext><text>Which?</text></questiontext>
                  <single>true</single>
                  <answer fraction="50"><text>half</text></answer>
                  <answer fraction="0"><text>none</text></answer>
                </question>
                <question type="multichoice">
                  <name><text>None positive</text></name>
                  <questiontext><text>Which ones?</text></questiontext>
                  <single>false</single>
                  <answer fraction="0"><text>this</text></answer>
                  <answer fraction="-50"><text>that</text></answer>
                </question>
                """);

        assertThat(read.questions()).isEmpty();
        assertThat(read.errors()).extracting(Problem::toString).containsExactly(
                "q.xml:2:30: multichoice question 'no-right-one' has no right answer: no answer has fraction 100",
                "q.xml:9:30: multichoice question 'none-positive' has no right answer: no answer has a positive fraction");
    }

    @Test
    void rightOptionsThatDoNotAddUpToAWholeAreScaledToTheirSharesWithAWarning() {
        ImportResult read = read("""
                <question type="multichoice">
                  <name><text>Both full</text></name>
                  <questiontext><text>Which are ASEAN members?</text></questiontext>
                  <single>false</single>
                  <answer fraction="100"><text>Cambodia</text></answer>
                  <answer fraction="100"><text>Laos</text></answer>
                  <answer fraction="-50"><text>China</text></answer>
                </question>
                <question type="multichoice">
                  <name><text>Short of a whole</text></name>
                  <questiontext><text>Which ones?</text></questiontext>
                  <single>false</single>
                  <answer fraction="50"><text>this</text></answer>
                  <answer fraction="25"><text>that</text></answer>
                  <answer fraction="0"><text>neither</text></answer>
                </question>
                """);

        assertThat(read.errors()).isEmpty();
        var both = (MultipleChoiceQuestion) read.packQuestions().get(0).question();
        assertThat(both.choices()).extracting(choice -> choice.credit().stripTrailingZeros().toPlainString()).containsExactly("0.5", "0.5", "-0.5");
        var short_ = (MultipleChoiceQuestion) read.packQuestions().get(1).question();
        assertThat(short_.choices().get(0).credit().doubleValue()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(read.warnings()).extracting(Object::toString).anySatisfy(warning -> assertThat(warning)
                .contains("question 'both-full': its right answers' fractions add up to 200%; each is scaled to its share of 100%"))
                .anySatisfy(warning -> assertThat(warning).contains("question 'short-of-a-whole': its right answers' fractions add up to 75%"));
    }

    @Test
    void aBadFractionIsAnErrorAtTheAnswer() {
        ImportResult read = read("""
                <question type="truefalse">
                  <name><text>Odd</text></name>
                  <questiontext><text>True?</text></questiontext>
                  <answer fraction="lots"><text>true</text></answer>
                  <answer fraction="0"><text>false</text></answer>
                </question>
                """);

        assertThat(read.errors()).singleElement().asString().isEqualTo("q.xml:5:27: question 'odd': fraction 'lots' is not a number");
    }

    @Test
    void namesBecomeUniqueIdsOfLettersDigitsAndHyphens() {
        ImportResult read = read(trueFalse("Phnom Pénh: the capital?", "true") + trueFalse("Phnom Pénh — the capital", "true")
                + trueFalse("រាជធានី", "false") + trueFalse("", "false"));

        assertThat(read.questions()).extracting(ImportedQuestion::id)
                .containsExactly("phnom-penh-the-capital", "phnom-penh-the-capital-2", "q3", "q4");
        assertThat(read.warnings()).extracting(Problem::message).containsExactly(
                "question 'Phnom Pénh — the capital': an earlier question has id 'phnom-penh-the-capital'; this one is 'phnom-penh-the-capital-2'",
                "question 'រាជធានី': its name holds no letter a-z or digit; its id is 'q3'",
                "truefalse question 4 has no name; its id is 'q4'");
    }

    @Test
    void aBrokenQuestionDoesNotTakeTheIdOfItsName() {
        ImportResult read = read("""
                <question type="truefalse">
                  <name><text>Same</text></name>
                  <questiontext><text>True?</text></questiontext>
                </question>
                """ + trueFalse("Same", "true"));

        assertThat(read.errors()).singleElement().asString().contains("has no right answer");
        assertThat(read.questions()).extracting(ImportedQuestion::id).containsExactly("same");
    }

    @Test
    void aCaseSensitiveShortAnswerWithAnEscapedStarIsALiteralAnswer() {
        ImportResult read = read("""
                <question type="shortanswer">
                  <name><text>Star</text></name>
                  <questiontext><text>Type 5*3 exactly.</text></questiontext>
                  <usecase>1</usecase>
                  <answer fraction="100"><text>5\\*3</text></answer>
                </question>
                """);

        var shortAnswer = (ShortAnswerQuestion) read.questions().getFirst().question().question();
        assertThat(shortAnswer.answers()).containsExactly(new AcceptedAnswer("5*3", false, BigDecimal.ONE, ""));
        assertThat(shortAnswer.matching().caseSensitive()).isTrue();
    }

    @Test
    void optionalOrUnusedUnitsAreNotRequired() {
        ImportResult read = read(numerical("Optional", "<unitgradingtype>0</unitgradingtype><showunits>0</showunits>")
                + numerical("Unused", "<unitgradingtype>0</unitgradingtype><showunits>3</showunits>")
                + numerical("Chosen", "<unitgradingtype>1</unitgradingtype><unitpenalty>0.1</unitpenalty><showunits>1</showunits>"));

        assertThat(read.errors()).isEmpty();
        assertThat(read.questions()).extracting(question -> (NumericQuestion) question.question().question())
                .extracting(NumericQuestion::units, NumericQuestion::unitRequired)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(List.of(new NumericUnit("km", BigDecimal.ONE)), false),
                        org.assertj.core.groups.Tuple.tuple(List.of(), false),
                        org.assertj.core.groups.Tuple.tuple(List.of(new NumericUnit("km", BigDecimal.ONE)), true));
        assertThat(read.warnings()).extracting(Problem::message).containsExactly(
                "question 'unused' lists units but does not use them (showunits 3); they are not imported",
                "question 'chosen': Moodle does not take the unit as typed text here (showunits 1); Sala reads a unit typed after the number");
    }

    @ParameterizedTest
    @CsvSource({
            "ALL_OR_NOTHING, ALL_OR_NOTHING, false",
            "ABSOLUTE_POSITION, ITEMS_IN_PLACE, false",
            "ABS, ITEMS_IN_PLACE, false",
            "RELATIVE_NEXT_EXCLUDE_LAST, ADJACENT_PAIRS, false",
            "RELATIVE, ADJACENT_PAIRS, false",
            "1, ADJACENT_PAIRS, false",
            "RELATIVE_NEXT_INCLUDE_LAST, ADJACENT_PAIRS, true",
            "LONGEST_CONTIGUOUS_SUBSET, ADJACENT_PAIRS, true",
            "RELATIVE_TO_CORRECT, ADJACENT_PAIRS, true",
            "SIDEWAYS, ADJACENT_PAIRS, true"
    })
    void orderingGradingTypesMapToTheScoringThatGradesLikeThem(String gradingType, OrderingScoring scoring, boolean warned) {
        ImportResult read = read(ordering("<selecttype>ALL</selecttype><gradingtype>" + gradingType + "</gradingtype>"));

        assertThat(((OrderingQuestion) read.questions().getFirst().question().question()).scoring()).isEqualTo(scoring);
        assertThat(read.warnings()).hasSize(warned ? 1 : 0);
    }

    @Test
    void anOrderingWithoutGradingTypeIsGradedByThePluginsDefaultAndASubsetShownIsAWarning() {
        ImportResult read = read(ordering("<selecttype>RANDOM</selecttype><selectcount>2</selectcount>"));

        assertThat(((OrderingQuestion) read.questions().getFirst().question().question()).scoring()).isEqualTo(OrderingScoring.ADJACENT_PAIRS);
        assertThat(read.warnings()).singleElement().asString().contains("Moodle shows 2 of its 3 items", "Sala shows them all");
    }

    @Test
    void aClozeWithAFirstParagraphOfItsOwnTakesItAsThePrompt() {
        ImportResult read = read("""
                <question type="cloze">
                  <name><text>Capital</text></name>
                  <questiontext format="markdown"><text>Complete the sentence.

                The capital is {:SA:=Phnom Penh}.</text></questiontext>
                </question>
                """);

        var cloze = (ClozeQuestion) read.questions().getFirst().question().question();
        assertThat(cloze.prompt()).isEqualTo("Complete the sentence.");
        assertThat(cloze.text()).isEqualTo("The capital is {{g1}}.");
        assertThat(cloze.points()).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void clozeEscapesAndEntitiesAreRead() {
        ImportResult read = read("""
                <question type="cloze">
                  <name><text>Escapes</text></name>
                  <questiontext><text><![CDATA[Say {1:SHORTANSWER:=a \\} b \\# c \\~ d#it&#39;s &amp; right} or {1:MCS:~=x~y}.]]></text></questiontext>
                </question>
                """);

        var cloze = (ClozeQuestion) read.questions().getFirst().question().question();
        assertThat(cloze.gaps().get(0).question()).isEqualTo(new ShortAnswerQuestion(gapBasics("escapes", "g1"),
                List.of(AcceptedAnswer.exact("a } b # c ~ d", "it's & right")), new TextMatching(false, false, TextMatching.UnicodeForm.NFC, false)));
        assertThat(((SingleChoiceQuestion) cloze.gaps().get(1).question()).shuffle()).isTrue();
    }

    @Test
    void aClozeMultiresponseGapIsAnErrorAndAnUnknownEmbeddedTypeStaysText() {
        ImportResult read = read("""
                <question type="cloze">
                  <name><text>Several</text></name>
                  <questiontext><text>Tick {1:MULTIRESPONSE:=ARF~=ASEM~APEC}.</text></questiontext>
                </question>
                <question type="cloze">
                  <name><text>Odd brace</text></name>
                  <questiontext><text>Keep {1:ESSAY:x} and fill {1:SA:=y}.</text></questiontext>
                </question>
                """);

        assertThat(read.errors()).singleElement().asString()
                .startsWith("q.xml:4:")
                .contains("gap g1 {1:MULTIRESPONSE:=ARF~=ASEM~APEC}", "has no Sala equivalent");
        assertThat(((ClozeQuestion) read.questions().getFirst().question().question()).text()).isEqualTo("Keep {1:ESSAY:x} and fill {{g1}}.");
        assertThat(read.warnings()).singleElement().asString().contains("'{1:ESSAY:' looks like an embedded answer");
    }

    @Test
    void aClozeWithNoEmbeddedAnswerIsAnError() {
        ImportResult read = read("""
                <question type="cloze">
                  <name><text>Empty</text></name>
                  <questiontext><text>Nothing to fill.</text></questiontext>
                </question>
                """);

        assertThat(read.errors()).singleElement().asString().contains("embeds no answer such as {1:SHORTANSWER:=ASEAN}");
    }

    @Test
    void embeddedImagesAreAWarning() {
        ImportResult read = read("""
                <question type="truefalse">
                  <name><text>Flag</text></name>
                  <questiontext format="html"><text><![CDATA[<img src="@@PLUGINFILE@@/flag.png"> is Cambodia's flag.]]></text>
                    <file name="flag.png" path="/" encoding="base64">iVBORw0KGgo=</file></questiontext>
                  <answer fraction="100"><text>true</text></answer>
                  <answer fraction="0"><text>false</text></answer>
                </question>
                """);

        assertThat(read.questions()).hasSize(1);
        assertThat(read.packQuestions().get(0).question().prompt()).isEqualTo("is Cambodia's flag.");
        assertThat(read.warnings()).extracting(Object::toString).anySatisfy(warning -> assertThat(warning).contains("embedded files (images) are not imported"))
                .anySatisfy(warning -> assertThat(warning).contains("HTML that Sala cannot keep is left out: an image (flag.png, a file of the Moodle course)"));
    }

    @Test
    void tagsAreKeptAsASet() {
        ImportResult read = read("""
                <question type="truefalse">
                  <name><text>Tagged</text></name>
                  <questiontext><text>True?</text></questiontext>
                  <answer fraction="100"><text>true</text></answer>
                  <tags><tag><text>asean</text></tag><tag><text> dates </text></tag><tag><text></text></tag></tags>
                </question>
                """);

        assertThat(read.questions().getFirst().question().tags()).isEqualTo(Set.of("asean", "dates"));
    }

    @Test
    void oddValuesAreErrorsAtTheirQuestionNeverExceptions() {
        List<String> odd = List.of(
                numerical("Tiny fraction", "").replace("fraction=\"100\"", "fraction=\"1e-999999999\""),
                numerical("Negative tolerance", "").replace("<tolerance>50", "<tolerance>-5"),
                numerical("Zero multiplier", "").replace("<multiplier>1<", "<multiplier>0<"),
                numerical("Second base unit", "").replace("<multiplier>1<", "<multiplier>2<"),
                numerical("Words for grade", "<defaultgrade>lots</defaultgrade>"),
                numerical("Zero grade", "<defaultgrade>0</defaultgrade>"),
                numerical("Unnamed unit", "").replace("<unit_name>km", "<unit_name>"),
                numerical("Not a value", "").replace("<text>650", "<text>six hundred"));

        ImportResult read = read(String.join("", odd));

        assertThat(read.questions()).isEmpty();
        assertThat(read.errors()).hasSize(odd.size()).extracting(Problem::message).containsExactly(
                "question 'tiny-fraction': fraction '1e-999999999' is not a number",
                "question 'negative-tolerance': accepted value 650 has tolerance -5; a tolerance cannot be negative",
                "question 'zero-multiplier': unit 'km' has multiplier 0; a multiplier is positive",
                "question 'second-base-unit': the first unit 'km' is the base unit and has multiplier 1",
                "question 'words-for-grade': defaultgrade 'lots' is not a number",
                "question 'zero-grade' is worth 0 points; points must be positive",
                "question 'unnamed-unit': unit name must not be blank",
                "question 'not-a-value': answer 'six hundred' is not a number");
    }

    @Test
    void aMoodleFileMissingAnyOneElementNeverMakesTheImportThrow() throws IOException {
        String text;
        try (InputStream in = MoodleXmlImportTest.class.getResourceAsStream("/moodle/asean-bank.xml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int elements = SafeXml.parse("asean-bank.xml", text).document().orElseThrow().getElementsByTagName("*").getLength();

        for (int i = 1; i < elements; i++) {
            Document document = SafeXml.parse("asean-bank.xml", text).document().orElseThrow();
            Node element = document.getElementsByTagName("*").item(i);
            element.getParentNode().removeChild(element);
            String cut = SafeXml.write(document);

            assertThatCode(() -> MoodleXmlImport.read("cut.xml", cut)).as("without element %d", i).doesNotThrowAnyException();
        }
    }

    private static PackQuestion question(String id) {
        return bank.questions().stream().filter(question -> question.id().equals(id)).findFirst().orElseThrow().question();
    }

    private static QuestionBasics gapBasics(String questionId, String gapId) {
        return new QuestionBasics(questionId + "-" + gapId, "Gap " + gapId, BigDecimal.ONE, "", List.of());
    }

    /** The questions in a {@code <quiz>}, starting on line 2. */
    private static ImportResult read(String questions) {
        return MoodleXmlImport.read("q.xml", "<quiz>\n" + questions + "</quiz>\n");
    }

    private static String trueFalse(String name, String right) {
        return """
                <question type="truefalse">
                  <name><text>%s</text></name>
                  <questiontext><text>Is it so?</text></questiontext>
                  <answer fraction="%s"><text>true</text></answer>
                  <answer fraction="%s"><text>false</text></answer>
                </question>
                """.formatted(name, right.equals("true") ? 100 : 0, right.equals("true") ? 0 : 100);
    }

    private static String numerical(String name, String unitSettings) {
        return """
                <question type="numerical">
                  <name><text>%s</text></name>
                  <questiontext><text>How far?</text></questiontext>
                  <answer fraction="100"><text>650</text><tolerance>50</tolerance></answer>
                  <units><unit><multiplier>1</multiplier><unit_name>km</unit_name></unit></units>
                  %s
                </question>
                """.formatted(name, unitSettings);
    }

    private static String ordering(String settings) {
        return """
                <question type="ordering">
                  <name><text>Order</text></name>
                  <questiontext><text>Earliest first.</text></questiontext>
                  %s
                  <answer fraction="1"><text>ASEAN founded</text></answer>
                  <answer fraction="2"><text>ARF founded</text></answer>
                  <answer fraction="3"><text>Cambodia joins</text></answer>
                </question>
                """.formatted(settings);
    }
}
