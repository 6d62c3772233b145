package org.sala.pack.gift;

import org.sala.pack.interchange.ImportResult;
import org.sala.pack.interchange.ImportedQuestion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
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
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.Problem;
import org.sala.pack.Problem.Severity;
import org.sala.pack.model.PackQuestion;

class GiftImportTest {

    static String sample() {
        try (InputStream in = GiftImportTest.class.getResourceAsStream("/gift/sample.gift")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportResult read(String text) {
        return GiftImport.read("quiz.gift", text);
    }

    /** Reads text that must hold exactly one question and no problem. */
    private static Question only(String text) {
        ImportResult result = read(text);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().get(0).question().question();
    }

    private static List<String> messages(ImportResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    // --- The sample file ---

    @Test
    void theSampleFileGivesEveryGradableKindInFileOrderWithItsCategory() {
        ImportResult result = read(sample());

        assertThat(result.questions()).extracting(ImportedQuestion::id).containsExactly("longest-river", "tonle-sap-flow",
                "lake-countries", "q4", "asean-year", "angkor-age", "range", "capital", "match-capitals", "escapes", "html-html");
        assertThat(result.questions()).extracting(ImportedQuestion::category).containsExactly("geography/rivers",
                "geography/rivers", "geography/rivers", "history", "history", "history", "history", "history", "history",
                "history", "history");
        assertThat(result.questions()).extracting(imported -> imported.question().question().getClass().getSimpleName())
                .containsExactly("SingleChoiceQuestion", "TrueFalseQuestion", "MultipleChoiceQuestion", "SingleChoiceQuestion",
                        "NumericQuestion", "NumericQuestion", "NumericQuestion", "ShortAnswerQuestion", "MatchingQuestion",
                        "SingleChoiceQuestion", "TrueFalseQuestion");
    }

    @Test
    void theSampleFilesEssayAndDescriptionAreSkippedWithWarningsAndNothingElseIsWrong() {
        ImportResult result = read(sample());

        assertThat(result.errors()).isEmpty();
        assertThat(messages(result)).containsExactly(
                "quiz.gift:51:1: warning: question 'essay' is an essay ({}); essay/description questions are not imported",
                "quiz.gift:53:1: warning: question 'description' is a description (text without answers);"
                        + " essay/description questions are not imported");
    }

    @Test
    void importedQuestionsAreWorthOnePointOfMediumDifficultyWithoutHintsOrSections() {
        for (ImportedQuestion imported : read(sample()).questions()) {
            PackQuestion pack = imported.question();
            assertThat(pack.question().points()).isEqualTo(BigDecimal.ONE);
            assertThat(pack.difficulty()).isEqualTo(Difficulty.MEDIUM);
            assertThat(pack.question().hints()).isEmpty();
            assertThat(pack.sections()).isEmpty();
        }
    }

    @Test
    void tagCommentsInAQuestionsBlockTagIt() {
        ImportResult result = read(sample());

        assertThat(result.questions().get(0).question().tags()).containsExactlyInAnyOrder("rivers", "mekong");
        assertThat(result.questions().get(1).question().tags()).isEmpty();
    }

    // --- Question types ---

    @Test
    void oneRightOptionMakesASingleChoiceQuestionWithOptionsNamedByPosition() {
        var question = (SingleChoiceQuestion) only("""
                ::Q:: Which river? {
                  =The Mekong#Right.
                  ~The Chao Phraya#Bangkok's.
                  ~%50%The Tonle Sap
                  ~%-25%The Nile#Far away.
                }
                """);

        assertThat(question.choices()).containsExactly(
                new Choice("a", "The Mekong", BigDecimal.ONE, "Right."),
                new Choice("b", "The Chao Phraya", BigDecimal.ZERO, "Bangkok's."),
                new Choice("c", "The Tonle Sap", new BigDecimal("0.5"), ""),
                new Choice("d", "The Nile", new BigDecimal("-0.25"), "Far away."));
        assertThat(question.shuffle()).isTrue();
        assertThat(question.prompt()).isEqualTo("Which river?");
    }

    @Test
    void optionsWithoutAnEqualsSignAreMultipleAnswersScoredByOptionPercentages() {
        var question = (MultipleChoiceQuestion) only("Which border the Mekong? {~%33.33333%Laos ~%33.33333%Thailand"
                + " ~%33.33333%Cambodia ~%-100%Indonesia}");

        assertThat(question.scoring()).isEqualTo(MultipleChoiceScoring.OPTION_PERCENTAGES);
        assertThat(question.choices()).extracting(Choice::credit).containsExactly(new BigDecimal("0.3333333"),
                new BigDecimal("0.3333333"), new BigDecimal("0.3333333"), new BigDecimal("-1"));
    }

    @Test
    void trueFalseFeedbackFollowsMoodlesOrderWrongAnswerFirstThenRightAnswer() {
        var statementTrue = (TrueFalseQuestion) only("The Tonle Sap reverses. {T#Wrong: it does.#Right: it does.}");
        var statementFalse = (TrueFalseQuestion) only("The Mekong is in Africa. {FALSE#Wrong: Asia.#Right: Asia.}");

        assertThat(statementTrue.answer()).isTrue();
        assertThat(statementTrue.feedbackFalse()).isEqualTo("Wrong: it does.");
        assertThat(statementTrue.feedbackTrue()).isEqualTo("Right: it does.");
        assertThat(statementFalse.answer()).isFalse();
        assertThat(statementFalse.feedbackTrue()).isEqualTo("Wrong: Asia.");
        assertThat(statementFalse.feedbackFalse()).isEqualTo("Right: Asia.");
    }

    @Test
    void allFourSpellingsOfTrueAndFalseAreRead() {
        assertThat(((TrueFalseQuestion) only("A {T}")).answer()).isTrue();
        assertThat(((TrueFalseQuestion) only("A {TRUE}")).answer()).isTrue();
        assertThat(((TrueFalseQuestion) only("A {F}")).answer()).isFalse();
        assertThat(((TrueFalseQuestion) only("A {FALSE####General.}")).generalFeedback()).isEqualTo("General.");
    }

    @Test
    void lowerCaseTrueIsAShortAnswerAsInMoodleWithAWarning() {
        ImportResult result = read("Is it? {true}");

        assertThat(result.questions().get(0).question().question()).isInstanceOf(ShortAnswerQuestion.class);
        assertThat(result.warnings()).singleElement().extracting(Problem::message).asString()
                .contains("{true} is read as a typed short answer");
    }

    @Test
    void onlyEqualsAnswersMakeAShortAnswerQuestionWithWeightsAndWildcards() {
        var question = (ShortAnswerQuestion) only("Capital? {=Phnom Penh =%50%Phnum Penh#Nearly. =*Penh* =2\\\\*3}");

        assertThat(question.matching()).isEqualTo(TextMatching.DEFAULT);
        assertThat(question.answers()).containsExactly(
                new AcceptedAnswer("Phnom Penh", false, BigDecimal.ONE, ""),
                new AcceptedAnswer("Phnum Penh", false, new BigDecimal("0.5"), "Nearly."),
                new AcceptedAnswer("*Penh*", true, BigDecimal.ONE, ""),
                new AcceptedAnswer("2*3", false, BigDecimal.ONE, ""));
    }

    @Test
    void arrowsMakeAMatchingQuestionAndAnEmptyLeftSideADistractor() {
        var question = (MatchingQuestion) only("Match. {=Cambodia -> Phnom Penh =Laos -> Vientiane = -> Yangon}");

        assertThat(question.pairs()).containsExactly(new MatchPair("p1", "Cambodia", "Phnom Penh"),
                new MatchPair("p2", "Laos", "Vientiane"));
        assertThat(question.distractors()).containsExactly("Yangon");
        assertThat(question.shuffle()).isTrue();
    }

    @Test
    void aNumberMayHaveATolerance() {
        var question = (NumericQuestion) only("Year? {#1999:1#Close.}");

        assertThat(question.answers()).containsExactly(new NumericAnswer(new BigDecimal("1999"), BigDecimal.ONE,
                NumericAnswer.Tolerance.ABSOLUTE, BigDecimal.ONE, "Close."));
        assertThat(question.units()).isEmpty();
    }

    @Test
    void aRangeIsItsMidpointGiveOrTakeHalfItsWidth() {
        var question = (NumericQuestion) only("Pick. {#1..4}");

        assertThat(question.answers().get(0).value()).isEqualByComparingTo("2.5");
        assertThat(question.answers().get(0).tolerance()).isEqualByComparingTo("1.5");
    }

    @Test
    void numericAlternativesEachHaveAWeightToleranceAndFeedback() {
        var question = (NumericQuestion) only("Age? {#\n =850:50\n =%50%850:150#Half.\n}");

        assertThat(question.answers()).extracting(NumericAnswer::credit).containsExactly(BigDecimal.ONE, new BigDecimal("0.5"));
        assertThat(question.answers()).extracting(NumericAnswer::tolerance).containsExactly(new BigDecimal("50"),
                new BigDecimal("150"));
        assertThat(question.answers().get(1).feedback()).isEqualTo("Half.");
    }

    @Test
    void aNumericCatchAllIsLeftOutWithAWarning() {
        ImportResult result = read("Year? {#=1999 ~#Look it up.}");

        assertThat(((NumericQuestion) result.questions().get(0).question().question()).answers()).hasSize(1);
        assertThat(result.warnings()).singleElement().extracting(Problem::message).asString()
                .contains("feedback for any other number");
    }

    @Test
    void textOnBothSidesOfTheBracesMakesAMissingWordPrompt() {
        Question question = only("Cambodia joined {=ASEAN ~APEC} in 1999.");

        assertThat(question.prompt()).isEqualTo("Cambodia joined _____ in 1999.");
        assertThat(question.id()).isEqualTo("q1");
    }

    @Test
    void generalFeedbackFollowsFourHashesInsideTheBraces() {
        Question question = only("Which? {=a#A. ~b####Both are letters.}");

        assertThat(question.generalFeedback()).isEqualTo("Both are letters.");
        assertThat(((SingleChoiceQuestion) question).choices().get(1).feedback()).isEmpty();
    }

    // --- Text ---

    @Test
    void escapedSpecialCharactersAreTextAndBackslashNIsALineBreak() {
        var question = (SingleChoiceQuestion) only("::A\\:B:: Ratio 1\\:2\\nor 1\\=2 \\{x\\}\\#\\~? {=1\\:2 ~1\\=2#no\\~ ~a \\\\ b}");

        assertThat(question.id()).isEqualTo("a-b");
        assertThat(question.prompt()).isEqualTo("Ratio 1:2\nor 1=2 {x}#~?");
        assertThat(question.choices()).extracting(Choice::text).containsExactly("1:2", "1=2", "a \\ b");
        assertThat(question.choices().get(1).feedback()).isEqualTo("no~");
    }

    @Test
    void formatTagsAreDroppedAndHtmlBecomesMarkdown() {
        var question = (SingleChoiceQuestion) only("[html]<p>Pick <b>one</b></p>{=[plain]a#[markdown]*yes* ~[moodle]b}");

        assertThat(question.prompt()).isEqualTo("Pick **one**");
        assertThat(question.choices()).extracting(Choice::text).containsExactly("a", "b");
        assertThat(question.choices().get(0).feedback()).isEqualTo("*yes*");
    }

    @Test
    void aMarkdownLinkAtTheStartIsTextNotAFormat() {
        assertThat(only("[Mekong](https://example.org) is long. {T}").prompt()).isEqualTo("[Mekong](https://example.org) is long.");
    }

    @Test
    void aQuestionMaySpanLinesAndKeepsItsLineBreaks() {
        assertThat(only("First line\nsecond line\n{T}").prompt()).isEqualTo("First line\nsecond line");
    }

    @Test
    void commentLinesInsideAQuestionAreLeftOut() {
        assertThat(only("First line\n// a note\nsecond line {T}").prompt()).isEqualTo("First line\nsecond line");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreRead() {
        ImportResult result = read("\uFEFF::One:: A {T}\r\n\r\n::Two:: B {F}\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(ImportedQuestion::id).containsExactly("one", "two");
    }

    // --- Ids and categories ---

    @Test
    void titlesBecomeSlugIdsAndUntitledQuestionsAreNumberedByPosition() {
        ImportResult result = read("""
                ::Phnom Pénh: the capital (1434)?:: A {T}

                B {T}

                ::Who's there:: C {T}
                """);

        assertThat(result.questions()).extracting(ImportedQuestion::id)
                .containsExactly("phnom-penh-the-capital-1434", "q2", "whos-there");
    }

    @Test
    void aTitleWithoutLatinLettersOrDigitsGivesAPositionalIdAndAWarning() {
        ImportResult result = read("::ភាសាខ្មែរ:: A {T}");

        assertThat(result.questions()).extracting(ImportedQuestion::id).containsExactly("q1");
        assertThat(result.warnings()).singleElement().extracting(Problem::message).asString().contains("gives no id");
    }

    @Test
    void aTakenIdGetsASuffixAndAWarning() {
        ImportResult result = read("::Same:: A {T}\n\n::Same:: B {T}\n\n::Same:: C {T}");

        assertThat(result.questions()).extracting(ImportedQuestion::id).containsExactly("same", "same-2", "same-3");
        assertThat(messages(result)).containsExactly(
                "quiz.gift:3:1: warning: the id 'same' is already used in this file; this question is named 'same-2'",
                "quiz.gift:5:1: warning: the id 'same' is already used in this file; this question is named 'same-3'");
    }

    @Test
    void aCategoryLineFilesTheQuestionsAfterItUntilTheNext() {
        ImportResult result = read("A {T}\n\n$CATEGORY: one/two\n\nB {T}\n\nC {T}\n\n$CATEGORY:three\nD {T}");

        assertThat(result.questions()).extracting(ImportedQuestion::category).containsExactly("", "one/two", "one/two", "three");
    }

    // --- Problems ---

    @Test
    void anUnclosedBraceIsAnErrorAtTheBraceAndTheOtherQuestionsStillImport() {
        ImportResult result = read("::Good:: A {T}\n\n::Broken:: Which?\n {=a ~b\n\n::Also good:: C {F}");

        assertThat(result.questions()).extracting(ImportedQuestion::id).containsExactly("good", "also-good");
        assertThat(messages(result)).containsExactly("quiz.gift:4:2: question 'broken': '{' is never closed;"
                + " end the answers with '}' (write \\{ for a literal brace)");
    }

    @Test
    void anUnknownFormatIsAnError() {
        ImportResult result = read("[latex]Which? {=a ~b}");

        assertThat(result.questions()).isEmpty();
        assertThat(messages(result)).singleElement().asString().startsWith("quiz.gift:1:1: question 'q1': unknown text format [latex]");
    }

    @Test
    void aBadNumberIsAnErrorAtItsAnswer() {
        ImportResult result = read("Year?\n{#\n  =1999\n  =19x9:1\n}");

        assertThat(messages(result)).singleElement().asString()
                .startsWith("quiz.gift:4:3: question 'q1': '19x9' is not a number");
    }

    @Test
    void aQuestionWithoutARightAnswerIsAnError() {
        ImportResult result = read("Which? {~a ~b}");

        assertThat(result.questions()).isEmpty();
        assertThat(result.errors()).singleElement().extracting(Problem::message).asString().contains("no answer is right");
    }

    @Test
    void multipleAnswerWeightsMustAddUpToAHundredPercent() {
        ImportResult result = read("Which? {~%50%a ~%30%b ~c}");

        assertThat(result.errors()).singleElement().extracting(Problem::message).asString()
                .contains("weights add up to 80%; with several right answers (no '=') they must add up to 100%");
    }

    @Test
    void aWeightOverAHundredPercentIsAnErrorAtItsAnswer() {
        ImportResult result = read("Which? {=a ~%150%b}");

        assertThat(messages(result)).containsExactly("quiz.gift:1:12: question 'q1': the weight 150% is outside -100%..100%");
    }

    @Test
    void braceMistakesAreErrorsAtTheBrace() {
        assertThat(messages(read("A } b {T}"))).singleElement().asString().startsWith("quiz.gift:1:3: question 'q1': '}' has no '{'");
        assertThat(messages(read("A {=a {b} ~c}"))).singleElement().asString().startsWith("quiz.gift:1:7: question 'q1': '{' inside");
        assertThat(messages(read("A {T} and {F}"))).singleElement().asString().startsWith("quiz.gift:1:11: question 'q1': a question has one block");
    }

    @Test
    void otherMistakesAreErrors() {
        assertThat(read("::Title A {T}").errors()).singleElement().extracting(Problem::message).asString().contains("title is not closed");
        assertThat(read("Match {=a -> 1 =b}").errors()).singleElement().extracting(Problem::message).asString().contains("has no '->'");
        assertThat(read("Pick {=a ~}").errors()).singleElement().extracting(Problem::message).asString().contains("an answer has no text");
        assertThat(read("{=a ~b}").errors()).singleElement().extracting(Problem::message).asString().contains("has no text");
        assertThat(read("Pick {#5..1}").errors()).singleElement().extracting(Problem::message).asString().contains("runs backwards");
        assertThat(read("Pick {#}").errors()).singleElement().extracting(Problem::message).asString().contains("needs a number");
        assertThat(read("Match {=a -> 1 =a -> 2}").errors()).singleElement().extracting(Problem::message).asString()
                .startsWith("question 'q1' has two pairs with the prompt 'a'");
        assertThat(read("Huge {#1..1e999999999}").errors()).singleElement().extracting(Problem::message).asString()
                .contains("too large");
    }

    @Test
    void problemsComeInLineOrderWithErrorsAndWarningsTogether() {
        ImportResult result = read("Essay {}\n\nBroken {=a\n\nDescription only");

        assertThat(result.problems()).extracting(Problem::line).containsExactly(1, 3, 5);
        assertThat(result.problems()).extracting(Problem::severity)
                .containsExactly(Severity.WARNING, Severity.ERROR, Severity.WARNING);
    }

    @Test
    void tagsMayHoldEscapedBracketsAndSpaces() {
        ImportResult result = read("// [tag:grade 5] [tag:a\\]b] [tag:] notes [tag: x ]\nA {T}");

        assertThat(result.questions().get(0).question().tags()).containsExactlyInAnyOrder("grade 5", "a]b", "x");
    }

    @Test
    void veryLongLinesAreReadWithoutExhaustingTheStack() {
        String escapedBrackets = "// [tag:" + "\\]".repeat(200_000) + "]\n";
        String longTag = "// [tag:" + "x".repeat(200_000) + "]\n";

        ImportResult result = read(escapedBrackets + longTag + "A {=" + "y".repeat(200_000) + " ~b}");

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions().get(0).question().tags()).hasSize(2);
    }

    @Test
    void readingNeverThrowsWhateverTheFileHolds() {
        String sample = sample();
        var random = new Random(7);
        String alphabet = "{}~=#:\\%->.[]T $CATEGORY/\n\n a1";
        for (int length = 0; length < sample.length(); length += 3) {
            String prefix = sample.substring(0, length);
            assertThatCode(() -> GiftImport.read("cut.gift", prefix)).doesNotThrowAnyException();
        }
        for (int round = 0; round < 2000; round++) {
            var garbage = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                garbage.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = garbage.toString();
            assertThatCode(() -> GiftImport.read("garbage.gift", text)).as(text).doesNotThrowAnyException();
        }
    }

    @Test
    void htmlTextsBecomeMarkdownAndWhatCannotBeKeptIsAWarning() {
        ImportResult read = read("""
                ::engaged::[html]<p>Which <b>activity</b> ended in 1991?<br/><img src="@@PLUGINFILE@@/map.png"></p> {
                =the civil war#<i>Right</i>: the Paris Agreements.
                ~the Khmer Rouge regime}

                ::kept::[markdown]Is <b> shown as typed in Markdown? {T}
                """);

        assertThat(read.packQuestions()).extracting(question -> question.question().prompt())
                .containsExactly("Which **activity** ended in 1991?", "Is <b> shown as typed in Markdown?");
        assertThat(read.warnings()).extracting(Object::toString).singleElement().asString()
                .contains("question 'engaged': HTML that Sala cannot keep is left out: an image (map.png, a file of the Moodle course)");
    }

    @Test
    void theOrderingPluginsFormIsAnOrderingQuestionNotAShortAnswer() {
        ImportResult read = read("""
                ::events:: Put these events in order. {>2 none
                Independence from France
                Paris Peace Agreements
                ASEAN membership
                }

                ::absolute:: Oldest first. {>4 ALL VERTICAL ABSOLUTE_POSITION SHOW
                Angkor
                Independence
                UNTAC
                ASEAN
                Today
                }
                """);

        assertThat(read.errors()).isEmpty();
        var events = (org.sala.engine.question.OrderingQuestion) read.packQuestions().get(0).question();
        assertThat(events.items()).extracting(org.sala.engine.question.OrderItem::text)
                .containsExactly("Independence from France", "Paris Peace Agreements", "ASEAN membership");
        assertThat(events.scoring()).isEqualTo(org.sala.engine.question.OrderingScoring.ADJACENT_PAIRS);
        var absolute = (org.sala.engine.question.OrderingQuestion) read.packQuestions().get(1).question();
        assertThat(absolute.items()).hasSize(5);
        assertThat(absolute.scoring()).isEqualTo(org.sala.engine.question.OrderingScoring.ITEMS_IN_PLACE);
        assertThat(read.warnings()).extracting(Object::toString).singleElement().asString()
                .contains("question 'absolute': Moodle shows 4 of the 5 items; Sala shows them all");
    }
}
