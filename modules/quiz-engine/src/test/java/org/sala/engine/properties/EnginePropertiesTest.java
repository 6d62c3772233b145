package org.sala.engine.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sala.engine.Questions;
import org.sala.engine.assembly.Assembler;
import org.sala.engine.assembly.AssembledQuestion;
import org.sala.engine.assembly.Assembly;
import org.sala.engine.assembly.Blueprint;
import org.sala.engine.assembly.PoolQuestion;
import org.sala.engine.assembly.QuestionPool;
import org.sala.engine.assembly.Slot;
import org.sala.engine.attempt.Attempt;
import org.sala.engine.attempt.Attempts;
import org.sala.engine.attempt.QuizRules;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.OrderingScoring;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Grader;
import org.sala.engine.scoring.GradingOptions;
import org.sala.engine.scoring.QuestionGrade;
import org.sala.engine.scoring.QuizGrade;
import org.sala.engine.scoring.Score;

/** The engine's invariants, over generated questions, responses, seeds and histories. */
class EnginePropertiesTest {

    // ---- generators ----

    @Provide
    Arbitrary<BigDecimal> points() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("100")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> credits() {
        return Arbitraries.bigDecimals().between(BigDecimal.ONE.negate(), BigDecimal.ONE).ofScale(3);
    }

    private static void assertWithinBounds(Score score, BigDecimal points, boolean negativeMarking) {
        assertThat(score.possible()).isEqualByComparingTo(points);
        assertThat(score.earned()).isLessThanOrEqualTo(points);
        assertThat(score.earned()).isGreaterThanOrEqualTo(negativeMarking ? points.negate() : BigDecimal.ZERO);
    }

    // ---- scores within bounds ----

    @Property
    void aSingleChoiceScoreStaysWithinItsBounds(@ForAll("points") BigDecimal points, @ForAll("credits") BigDecimal credit,
                                                @ForAll boolean negativeMarking, @ForAll boolean pickTheOther) {
        var question = new SingleChoiceQuestion(QuestionBasics.of("q", "Q?").withPoints(points),
                List.of(Choice.right("right", "R", ""), new Choice("other", "O", credit, "")), true);

        QuestionGrade grade = Grader.grade(question, new Response.SelectedChoice(pickTheOther ? "other" : "right"),
                new GradingOptions(negativeMarking));

        assertWithinBounds(grade.score(), points, negativeMarking);
    }

    @Property
    void aMultipleChoiceScoreStaysWithinItsBoundsWhateverIsTicked(@ForAll("points") BigDecimal points,
                                                                 @ForAll @IntRange(min = 0, max = 31) int ticks,
                                                                 @ForAll boolean negativeMarking) {
        for (MultipleChoiceScoring scoring : MultipleChoiceScoring.values()) {
            MultipleChoiceQuestion template = Questions.memberships(scoring);
            var question = new MultipleChoiceQuestion(template.basics().withPoints(points), template.choices(), scoring, true);
            var ticked = new HashSet<String>();
            for (int i = 0; i < 5; i++) {
                if ((ticks & (1 << i)) != 0) {
                    ticked.add(template.choices().get(i).id());
                }
            }

            QuestionGrade grade = Grader.grade(question, new Response.SelectedChoices(ticked), new GradingOptions(negativeMarking));

            assertWithinBounds(grade.score(), points, negativeMarking);
        }
    }

    @Provide
    Arbitrary<List<Integer>> arrangements() {
        return Arbitraries.integers().between(2, 8).flatMap(n -> Arbitraries.shuffle(range(n)));
    }

    private static List<Integer> range(int n) {
        var numbers = new ArrayList<Integer>();
        for (int i = 0; i < n; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    @Property
    void anOrderingScoreStaysWithinItsBoundsAndOnlyTheRightOrderEarnsFullMarks(@ForAll("arrangements") List<Integer> arrangement,
                                                                               @ForAll("points") BigDecimal points) {
        var items = range(arrangement.size()).stream().map(i -> new OrderItem("i" + i, "Item " + i)).toList();
        List<String> given = arrangement.stream().map(i -> "i" + i).toList();
        boolean right = arrangement.equals(range(arrangement.size()));
        for (OrderingScoring scoring : OrderingScoring.values()) {
            var question = new OrderingQuestion(QuestionBasics.of("order", "Order?").withPoints(points), items, scoring);

            Score score = Grader.grade(question, new Response.Sequence(given)).score();

            assertWithinBounds(score, points, false);
            assertThat(score.isFull()).as(scoring + " on " + given).isEqualTo(right);
        }
    }

    // ---- totals exact ----

    @Property
    void aQuizTotalIsExactlyTheSumOfItsQuestions(@ForAll @IntRange(min = 1, max = 40) int size, @ForAll long seed) {
        var random = new java.util.Random(seed);
        var questions = new ArrayList<Question>();
        var responses = new HashMap<String, Response>();
        for (int i = 0; i < size; i++) {
            var points = BigDecimal.valueOf(1 + random.nextInt(1000), random.nextInt(3));
            var question = new OrderingQuestion(QuestionBasics.of("q" + i, "Order?").withPoints(points),
                    List.of(new OrderItem("a", "A"), new OrderItem("b", "B"), new OrderItem("c", "C")), OrderingScoring.ITEMS_IN_PLACE);
            questions.add(question);
            var order = new ArrayList<>(List.of("a", "b", "c"));
            java.util.Collections.shuffle(order, random);
            responses.put(question.id(), new Response.Sequence(order));
        }

        QuizGrade grade = Grader.grade(questions, responses);

        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        for (QuestionGrade question : grade.questions()) {
            earned = earned.add(question.score().earned());
            possible = possible.add(question.score().possible());
        }
        assertThat(grade.total()).isEqualTo(new Score(earned, possible));
        assertThat(grade.total().earned().scale()).isLessThanOrEqualTo(7);
    }

    // ---- assembly ----

    @Provide
    Arbitrary<int[]> draws() {
        return Combinators.combine(Arbitraries.integers().between(1, 200), Arbitraries.integers().between(1, 30))
                .as((poolSize, count) -> new int[] {poolSize, Math.min(count, poolSize)});
    }

    @Property
    void seededAssemblyIsDeterministicAndDrawsDistinctQuestionsWithPermutedOptions(@ForAll("draws") int[] draw,
                                                                                  @ForAll long seed) {
        var questions = new ArrayList<PoolQuestion>();
        for (int i = 0; i < draw[0]; i++) {
            var question = new SingleChoiceQuestion(QuestionBasics.of("q" + i, "Q?"),
                    List.of(Choice.right("a", "A", ""), Choice.wrong("b", "B", ""), Choice.wrong("c", "C", ""), Choice.wrong("d", "D", "")), true);
            questions.add(new PoolQuestion(question, Set.of("all"), Difficulty.MEDIUM));
        }
        var pool = new QuestionPool(questions);
        var blueprint = new Blueprint(List.of(new Slot.Draw(draw[1], Set.of("all"), Optional.empty())), true);

        Assembly first = Assembler.assemble(blueprint, pool, seed, Set.of());
        Assembly second = Assembler.assemble(blueprint, pool, seed, Set.of());

        assertThat(first).isEqualTo(second);
        assertThat(first.questions()).hasSize(draw[1]);
        assertThat(new HashSet<>(first.questions().stream().map(q -> q.question().id()).toList())).hasSize(draw[1]);
        for (AssembledQuestion question : first.questions()) {
            assertThat(question.displayOrder()).containsExactlyInAnyOrder("a", "b", "c", "d");
        }
    }

    @Provide
    Arbitrary<List<Integer>> factsOfAPool() {
        // one entry per question: -1 for no fact, otherwise the number of its fact (few, so groups form)
        return Arbitraries.integers().between(-1, 12).list().ofMinSize(1).ofMaxSize(120);
    }

    private static QuestionPool poolWithFacts(List<Integer> facts, boolean uniqueFactsInstead) {
        var questions = new ArrayList<PoolQuestion>();
        for (int i = 0; i < facts.size(); i++) {
            var question = new SingleChoiceQuestion(QuestionBasics.of("q" + i, "Q?"),
                    List.of(Choice.right("a", "A", ""), Choice.wrong("b", "B", ""), Choice.wrong("c", "C", "")), true);
            Optional<String> fact = uniqueFactsInstead ? Optional.of("only-q" + i)
                    : facts.get(i) < 0 ? Optional.empty() : Optional.of("fact-" + facts.get(i));
            questions.add(new PoolQuestion(question, i % 3 == 0 ? Set.of("all", "third") : Set.of("all"), Difficulty.MEDIUM, fact));
        }
        return new QuestionPool(questions);
    }

    @Property
    void anAttemptHoldsAtMostOneQuestionOfEachFactAndIsTheSameForTheSameSeed(@ForAll("factsOfAPool") List<Integer> facts,
                                                                            @ForAll @IntRange(min = 1, max = 40) int wanted,
                                                                            @ForAll @IntRange(min = 0, max = 3) int fixed,
                                                                            @ForAll long seed) {
        QuestionPool pool = poolWithFacts(facts, false);
        var slots = new ArrayList<Slot>();
        var fixedFacts = new HashSet<Integer>();
        for (int i = 0; i < facts.size() && fixedFacts.size() < fixed; i++) {
            if (facts.get(i) >= 0 && fixedFacts.add(facts.get(i))) {
                slots.add(new Slot.Fixed("q" + i));
            }
        }
        var left = new HashSet<Integer>();
        long withoutFact = 0;
        for (int fact : facts) {
            if (fact < 0) {
                withoutFact++;
            } else if (!fixedFacts.contains(fact)) {
                left.add(fact);
            }
        }
        int count = (int) Math.min(wanted, withoutFact + left.size());
        if (count > 0) {
            slots.add(new Slot.Draw(count, Set.of("all"), Optional.empty()));
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < facts.size(); i += 4) {
            seen.add("q" + i);
        }
        var blueprint = new Blueprint(slots, true);

        Assembly first = Assembler.assemble(blueprint, pool, seed, seen);

        assertThat(Assembler.assemble(blueprint, pool, seed, seen)).isEqualTo(first);
        List<PoolQuestion> chosen = first.questions().stream().map(q -> pool.question(q.question().id()).orElseThrow()).toList();
        assertThat(chosen).hasSize(fixedFacts.size() + count);
        assertThat(chosen.stream().map(PoolQuestion::id).distinct()).hasSize(chosen.size());
        List<String> chosenFacts = chosen.stream().flatMap(question -> question.fact().stream()).toList();
        assertThat(new HashSet<>(chosenFacts)).as("facts in the attempt").hasSize(chosenFacts.size());
    }

    @Property
    void factsThatNoOtherQuestionSharesChangeNothing(@ForAll("factsOfAPool") List<Integer> facts,
                                                     @ForAll @IntRange(min = 1, max = 40) int wanted, @ForAll long seed) {
        var slots = List.<Slot>of(new Slot.Draw(Math.min(wanted, facts.size()), Set.of("all"), Optional.empty()));
        var blueprint = new Blueprint(slots, true);
        var seen = Set.of("q1", "q5", "q7");

        assertThat(Assembler.assemble(blueprint, poolWithFacts(facts, true), seed, seen))
                .isEqualTo(Assembler.assemble(blueprint, poolWithFacts(java.util.Collections.nCopies(facts.size(), -1), false), seed, seen));
    }


    // ---- attempts ----

    @Property
    void submittingIsIdempotentWhateverWasSavedAndWhenever(@ForAll @IntRange(min = 0, max = 6) int saves,
                                                          @ForAll @IntRange(min = 0, max = 200) int submitMinute,
                                                          @ForAll @IntRange(min = 0, max = 2000) int laterMinutes,
                                                          @ForAll long seed) {
        var random = new java.util.Random(seed);
        Instant start = Instant.parse("2026-11-28T09:00:00Z");
        QuizRules rules = QuizRules.exam(Duration.ofMinutes(45), 0, new BigDecimal("50")).withGracePeriod(Duration.ofMinutes(5));
        List<Question> questions = List.of(Questions.aseanEntry(), Questions.apec());
        Attempt attempt = Attempts.start("a", rules, List.of(), questions, start);
        for (int i = 0; i < saves; i++) {
            Response response = random.nextBoolean() ? new Response.SelectedChoice(List.of("a", "b", "c", "d").get(random.nextInt(4)))
                    : Response.UNANSWERED;
            attempt = Attempts.save(attempt, rules, "asean-entry", response, random.nextInt(5), Optional.empty(),
                    start.plus(Duration.ofMinutes(i * 10L))).attempt();
        }
        Instant submittedAt = start.plus(Duration.ofMinutes(submitMinute));

        Attempt once = Attempts.submit(attempt, rules, submittedAt);
        Attempt twice = Attempts.submit(once, rules, submittedAt.plus(Duration.ofMinutes(laterMinutes)));

        assertThat(twice).isEqualTo(once);
        assertThat(once.result()).isPresent();
        Map<String, Response> saved = Map.of("asean-entry", attempt.state("asean-entry").response());
        assertThat(once.result().orElseThrow().grade()).isEqualTo(Grader.grade(questions, saved));
    }
}
