package org.sala.pack.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sala.engine.assembly.Assembler;
import org.sala.engine.assembly.Slot;
import org.sala.engine.attempt.GradingMethod;
import org.sala.engine.attempt.Mode;
import org.sala.engine.attempt.QuizRules;
import org.sala.engine.attempt.ReviewItem;
import org.sala.engine.attempt.ReviewTime;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.OrderingScoring;
import org.sala.engine.question.Question;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Grader;
import org.sala.engine.scoring.Score;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.Quiz;
import org.sala.pack.model.SectionRef;

/** The example pack of the instructors' guide: every question type and every quiz setting, read exactly. */
class EveryTypePackTest {

    private static Pack pack;

    @BeforeAll
    static void read() throws URISyntaxException {
        Path root = Path.of(EveryTypePackTest.class.getResource("/packs/every-type/pack.yaml").toURI()).getParent();
        ReadResult result = PackReader.read(Sources.directory(root));
        assertThat(result.problems()).isEmpty();
        pack = result.pack().orElseThrow();
    }

    private static Question question(String id) {
        return pack.question(id).orElseThrow().question();
    }

    private static Score grade(String id, Response response) {
        return Grader.grade(question(id), response).score();
    }

    @Test
    void metadataIncludesAuthorsAndLicence() {
        assertThat(pack.info().authors()).containsExactly("Sala contributors");
        assertThat(pack.info().licence()).isEqualTo("CC-BY-SA-4.0");
        assertThat(pack.banks()).singleElement().satisfies(bank -> assertThat(bank.questions()).hasSize(8));
    }

    @Test
    void aSingleChoiceQuestionKeepsCreditsHintsTagsAndSection() {
        PackQuestion entry = pack.question("entry-year-choice").orElseThrow();
        var question = (SingleChoiceQuestion) entry.question();

        assertThat(question.hints()).containsExactly("It was the last year of the century.");
        assertThat(entry.tags()).containsExactlyInAnyOrder("asean", "dates");
        assertThat(entry.difficulty()).isEqualTo(Difficulty.EASY);
        assertThat(entry.sections()).containsExactly(new SectionRef("asean", "joining-in-1999"));
        assertThat(entry.fact()).contains("asean-entry-year");
        assertThat(pack.question("entry-year-number").orElseThrow().fact()).contains("asean-entry-year");
        assertThat(grade("entry-year-choice", new Response.SelectedChoice("c"))).isEqualTo(Score.of("0.5", "1"));
    }

    @Test
    void rightOptionsWithoutCreditShareTheWholeUnderOptionPercentages() {
        var question = (MultipleChoiceQuestion) question("forums");

        assertThat(question.scoring()).isEqualTo(MultipleChoiceScoring.OPTION_PERCENTAGES);
        assertThat(grade("forums", new Response.SelectedChoices(Set.of("a", "b")))).isEqualTo(Score.of("1", "1"));
        assertThat(grade("forums", new Response.SelectedChoices(Set.of("a")))).isEqualTo(Score.of("0.5", "1"));
    }

    @Test
    void trueFalseShortAnswerAndNumericReadTheirOwnSettings() {
        assertThat(((TrueFalseQuestion) question("tenth-member")).answer()).isTrue();
        var shortAnswer = (ShortAnswerQuestion) question("association-name");
        assertThat(shortAnswer.matching()).isEqualTo(new TextMatching(false, true, TextMatching.UnicodeForm.NFC, true));
        assertThat(grade("association-name", new Response.Text("associations"))).isEqualTo(Score.of("0.5", "1"));
        assertThat(grade("association-name", new Response.Text("Asian"))).isEqualTo(Score.of("0", "1"));
        assertThat(((NumericQuestion) question("entry-year-number")).answers()).hasSize(3);
        assertThat(grade("entry-year-number", new Response.Text("1998"))).isEqualTo(Score.of("0.5", "1"));
        assertThat(grade("entry-year-number", new Response.Text("1997"))).isEqualTo(Score.of("0", "1"));
    }

    @Test
    void matchingOrderingAndClozeReadTheirParts() {
        var matching = (MatchingQuestion) question("forum-years");
        assertThat(matching.answerChoices()).containsExactly("1994", "1996", "2004");
        assertThat(matching.feedback().partlyRight()).isEqualTo("Some matched.");
        var ordering = (OrderingQuestion) question("order-events");
        assertThat(ordering.scoring()).isEqualTo(OrderingScoring.ADJACENT_PAIRS);
        assertThat(pack.question("order-events").orElseThrow().sections()).hasSize(2);
        var cloze = (ClozeQuestion) question("joined-cloze");
        assertThat(cloze.gaps()).extracting(gap -> gap.id()).containsExactly("org", "year", "rank");
        assertThat(grade("joined-cloze", new Response.Gaps(Map.of("org", new Response.Text("asean"), "year", new Response.Text("1999"),
                "rank", new Response.SelectedChoice("b"))))).isEqualTo(Score.of("1", "1"));
    }

    @Test
    void aPracticeQuizIsInteractiveWithItsTriesAndIncludedQuestions() {
        Quiz practice = pack.quiz("practice").orElseThrow();
        QuizRules rules = practice.rules();

        assertThat(rules.mode()).isEqualTo(Mode.INTERACTIVE);
        assertThat(rules.triesAllowed()).isEqualTo(3);
        assertThat(rules.penaltyPerTry()).isEqualByComparingTo("0.1");
        assertThat(rules.attemptsAllowed()).isZero();
        assertThat(practice.questions()).extracting(PackQuestion::id)
                .containsExactly("arf-year", "entry-year-choice", "forums", "tenth-member");
        assertThat(practice.isFixed()).isTrue();
    }

    @Test
    void anExamReadsEverySetting() {
        Quiz exam = pack.quiz("exam").orElseThrow();
        QuizRules rules = exam.rules();

        assertThat(rules.mode()).isEqualTo(Mode.DEFERRED);
        assertThat(rules.timeLimit()).contains(Duration.ofMinutes(45));
        assertThat(rules.opensAt()).contains(Instant.parse("2027-01-10T08:00:00Z"));
        assertThat(rules.closesAt()).contains(Instant.parse("2027-01-31T18:00:00Z"));
        assertThat(rules.gracePeriod()).isEqualTo(Duration.ofMinutes(5));
        assertThat(rules.attemptsAllowed()).isEqualTo(2);
        assertThat(rules.delayBetweenAttempts()).isEqualTo(Duration.ofHours(1));
        assertThat(rules.gradingMethod()).isEqualTo(GradingMethod.HIGHEST);
        assertThat(rules.passMark()).isEqualByComparingTo(new BigDecimal("70"));
        assertThat(rules.review().at(ReviewTime.DURING)).isEmpty();
        assertThat(rules.review().at(ReviewTime.IMMEDIATELY_AFTER)).containsExactlyInAnyOrder(ReviewItem.RESPONSES, ReviewItem.MARKS);
        assertThat(rules.review().at(ReviewTime.AFTER_CLOSE)).containsExactlyInAnyOrder(ReviewItem.values());
        assertThat(exam.blueprint().shuffleQuestions()).isTrue();
        assertThat(exam.blueprint().slots()).containsExactly(new Slot.Fixed("joined-cloze"),
                new Slot.Draw(2, Set.of("asean"), Optional.of(Difficulty.EASY)), new Slot.Draw(2, Set.of("dates"), Optional.empty()));
    }

    @Test
    void anExamAssemblesFromThePacksPool() {
        Quiz exam = pack.quiz("exam").orElseThrow();

        var assembly = Assembler.assemble(exam.blueprint(), pack.pool(), 2027, Set.of());

        assertThat(assembly.questions()).hasSize(5);
        List<String> ids = assembly.questions().stream().map(question -> question.question().id()).toList();
        assertThat(ids).contains("joined-cloze").doesNotHaveDuplicates();
        assertThat(ids.contains("entry-year-choice") && ids.contains("entry-year-number")).as("two questions of one fact in " + ids).isFalse();
    }
}
