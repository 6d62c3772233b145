package org.sala.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sala.engine.assembly.Assembler;
import org.sala.engine.assembly.Slot;
import org.sala.engine.attempt.GradingMethod;
import org.sala.engine.attempt.Mode;
import org.sala.engine.attempt.QuizRules;
import org.sala.engine.attempt.ReviewItem;
import org.sala.engine.attempt.ReviewTime;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.discovery.PackDiscovery;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.Quiz;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.PackSource;
import org.sala.pack.read.ReadResult;

/** Loads and validates the whole course, as the application does at startup, and checks what it promises learners. */
class CambodianForeignPolicyPackTest {

    /** The nine topics of the fact sheet, in course order. */
    private static final List<String> TOPICS = List.of("aid-and-governance", "taiwan-china-balancing", "china-vietnam-rivalry",
            "un-seat-and-diplomacy", "asean-and-multilateral-memberships", "borders-and-neighbours", "defence-cooperation",
            "mekong-and-climate", "global-issues");

    private static ReadResult result;
    private static Pack pack;

    @BeforeAll
    static void read() {
        List<PackSource> sources = PackDiscovery.onClasspath(CambodianForeignPolicyPackTest.class.getClassLoader());
        assertThat(sources).as("packs on the classpath").hasSize(1);
        result = PackReader.read(sources.get(0));
        pack = result.pack().orElse(null);
    }

    private static int words(Lesson lesson) {
        return SourceOverlap.words(lesson.markdown()).size();
    }

    @Test
    void thePackValidatesWithoutErrorsOrWarnings() {
        assertThat(result.problems()).isEmpty();
        assertThat(pack.info().title()).isEqualTo("Cambodian Foreign Policy");
    }

    @Test
    void theCourseHasAnIntroductionTheNineTopicsAndAGlossary() {
        assertThat(pack.lessons()).extracting(Lesson::id).startsWith("introduction").containsSubsequence(TOPICS).endsWith("glossary");
        assertThat(pack.lesson("introduction").orElseThrow().section("timeline")).isPresent();
    }

    @Test
    void everyTopicLessonHasItsLengthObjectivesKeyTermsAndFurtherReading() {
        for (String topic : TOPICS) {
            Lesson lesson = pack.lesson(topic).orElseThrow();
            assertThat(words(lesson)).as(topic + " words").isBetween(800, 1600);
            assertThat(lesson.objectives()).as(topic + " objectives").isNotEmpty();
            assertThat(lesson.section("key-terms")).as(topic + " key terms").isPresent();
            assertThat(lesson.section("beyond-the-source")).as(topic + " beyond the source").isPresent();
        }
    }

    @Test
    void thereAreAtLeast180QuestionsAndFifteenPerTopic() {
        List<PackQuestion> questions = pack.questions();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(180);
        for (String topic : TOPICS) {
            long taught = questions.stream().filter(question -> question.sections().stream()
                    .anyMatch(section -> section.lessonId().equals(topic))).count();
            assertThat(taught).as("questions on " + topic).isGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void allEightTypesAndAllThreeDifficultiesAreUsed() {
        Map<String, Long> types = pack.questions().stream()
                .collect(Collectors.groupingBy(question -> question.question().getClass().getSimpleName(), Collectors.counting()));
        assertThat(types).hasSize(8);
        var difficulties = EnumSet.noneOf(Difficulty.class);
        pack.questions().forEach(question -> difficulties.add(question.difficulty()));
        assertThat(difficulties).containsExactlyInAnyOrder(Difficulty.values());
    }

    @Test
    void everyQuestionNamesItsSectionAndExplainsItself() {
        var unexplained = new java.util.ArrayList<String>();
        for (PackQuestion question : pack.questions()) {
            assertThat(question.sections()).as(question.id() + " sections").isNotEmpty();
            boolean explained = !question.question().generalFeedback().isBlank() || switch (question.question()) {
                case SingleChoiceQuestion single -> everyOptionExplained(single.choices());
                case MultipleChoiceQuestion multiple -> everyOptionExplained(multiple.choices());
                case TrueFalseQuestion trueFalse -> !trueFalse.feedbackTrue().isBlank() && !trueFalse.feedbackFalse().isBlank();
                default -> false;
            };
            if (!explained) {
                unexplained.add(question.id());
            }
        }
        assertThat(unexplained).as("questions without feedback that explains the answer").isEmpty();
    }

    private static boolean everyOptionExplained(List<Choice> choices) {
        return choices.stream().allMatch(choice -> !choice.feedback().isBlank());
    }

    @Test
    void everyTopicHasAPracticeQuizWithTriesAndASmallPenalty() {
        for (String topic : TOPICS) {
            Quiz practice = pack.quizzes().stream().filter(quiz -> quiz.lessonId().filter(topic::equals).isPresent()).findFirst()
                    .orElseThrow(() -> new AssertionError("no practice quiz for " + topic));
            QuizRules rules = practice.rules();
            assertThat(rules.mode()).as(topic).isEqualTo(Mode.INTERACTIVE);
            assertThat(rules.triesAllowed()).as(topic).isGreaterThan(1);
            assertThat(rules.penaltyPerTry()).as(topic).isGreaterThan(BigDecimal.ZERO).isLessThanOrEqualTo(new BigDecimal("0.2"));
            assertThat(rules.attemptsAllowed()).as(topic + " unlimited attempts").isZero();
            assertThat(practice.questions()).as(topic).hasSizeGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void theFinalExamDrawsThirtyQuestionsByDifficultyUnderExamRules() {
        Quiz exam = pack.quiz("final-exam").orElseThrow();
        QuizRules rules = exam.rules();

        assertThat(rules.mode()).isEqualTo(Mode.DEFERRED);
        assertThat(rules.timeLimit()).contains(Duration.ofMinutes(45));
        assertThat(rules.passMark()).isEqualByComparingTo("70");
        assertThat(rules.attemptsAllowed()).isEqualTo(2);
        assertThat(rules.gradingMethod()).isEqualTo(GradingMethod.HIGHEST);
        assertThat(rules.review().at(ReviewTime.IMMEDIATELY_AFTER)).doesNotContain(ReviewItem.RIGHT_ANSWER);
        assertThat(rules.review().at(ReviewTime.LATER_WHILE_OPEN)).doesNotContain(ReviewItem.RIGHT_ANSWER);
        assertThat(rules.review().at(ReviewTime.AFTER_CLOSE)).contains(ReviewItem.RIGHT_ANSWER);
        assertThat(exam.blueprint().size()).isEqualTo(30);
        assertThat(exam.blueprint().slots()).allSatisfy(slot -> assertThat(slot).isInstanceOf(Slot.Draw.class));

        var ids = new HashSet<String>();
        Assembler.assemble(exam.blueprint(), pack.pool(), 1999, java.util.Set.of()).questions()
                .forEach(question -> ids.add(question.question().id()));
        assertThat(ids).hasSize(30);
    }

    @Test
    void theLessonsTeachTheCorrectedRecord() {
        String asean = pack.lesson("asean-and-multilateral-memberships").orElseThrow().markdown();
        String rivalry = pack.lesson("china-vietnam-rivalry").orElseThrow().markdown();

        assertThat(asean).contains("30 April 1999");
        assertThat(rivalry).contains("1979");
    }
}
