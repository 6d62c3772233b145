package org.sala.engine.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sala.engine.Questions;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.OrderingScoring;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.SingleChoiceQuestion;

class AssemblerTest {

    /** 30 questions: q0..q29, tagged "asean" when even, "borders" when odd; difficulty by index mod 3. */
    private static final QuestionPool POOL = pool(30);

    static QuestionPool pool(int size) {
        var questions = new ArrayList<PoolQuestion>();
        for (int i = 0; i < size; i++) {
            var question = new SingleChoiceQuestion(QuestionBasics.of("q" + i, "Question " + i + "?"),
                    List.of(Choice.right("a", "A", ""), Choice.wrong("b", "B", ""), Choice.wrong("c", "C", "")), i % 5 != 0);
            questions.add(new PoolQuestion(question, Set.of(i % 2 == 0 ? "asean" : "borders"), Difficulty.values()[i % 3]));
        }
        return new QuestionPool(questions);
    }

    private static Slot.Draw draw(int count, String tag) {
        return new Slot.Draw(count, tag == null ? Set.of() : Set.of(tag), Optional.empty());
    }

    private static List<String> ids(Assembly assembly) {
        return assembly.questions().stream().map(question -> question.question().id()).toList();
    }

    @Test
    void theSameSeedGivesTheSameQuestionsOrderAndOptionOrder() {
        var blueprint = new Blueprint(List.of(new Slot.Fixed("q3"), draw(6, "asean")), true);

        assertThat(Assembler.assemble(blueprint, POOL, 42, Set.of())).isEqualTo(Assembler.assemble(blueprint, POOL, 42, Set.of()));
        assertThat(ids(Assembler.assemble(blueprint, POOL, 42, Set.of()))).isNotEqualTo(ids(Assembler.assemble(blueprint, POOL, 43, Set.of())));
    }

    @Test
    void aQuestionShownAloneHasAStableOrderOfItsOwnAndAnOrderingNeverStartsRight() {
        var single = POOL.candidates(draw(30, null)).get(1).question();
        var ordering = org.sala.engine.Questions.timeline(org.sala.engine.question.OrderingScoring.ALL_OR_NOTHING);

        assertThat(Assembler.alone(single, 42)).isEqualTo(Assembler.alone(single, 42));
        assertThat(Assembler.alone(single, 42).displayOrder()).containsExactlyInAnyOrder("a", "b", "c");
        for (long seed = 0; seed < 50; seed++) {
            assertThat(Assembler.alone(ordering, seed).displayOrder())
                    .isNotEqualTo(ordering.items().stream().map(org.sala.engine.question.OrderItem::id).toList());
        }
    }

    @Test
    void drawsTakeOnlyQuestionsWithTheTagsAndDifficultyAsked() {
        var blueprint = new Blueprint(List.of(new Slot.Draw(4, Set.of("borders"), Optional.of(Difficulty.HARD))), false);

        Assembly assembly = Assembler.assemble(blueprint, POOL, 7, Set.of());

        // odd indexes with index % 3 == 2: 5, 11, 17, 23, 29
        assertThat(ids(assembly)).hasSize(4).allSatisfy(id -> assertThat(id).isIn("q5", "q11", "q17", "q23", "q29"));
    }

    @Test
    void noQuestionAppearsTwiceEvenWhenAFixedQuestionIsAlsoDrawable() {
        var blueprint = new Blueprint(List.of(new Slot.Fixed("q0"), draw(14, "asean")), false);

        for (long seed = 0; seed < 50; seed++) {
            List<String> ids = ids(Assembler.assemble(blueprint, POOL, seed, Set.of()));
            assertThat(new HashSet<>(ids)).hasSize(15);
        }
    }

    @Test
    void questionsSeenBeforeAreAvoidedWhileUnseenOnesRemain() {
        var blueprint = new Blueprint(List.of(draw(10, "asean")), false);
        Set<String> seen = Set.of("q0", "q2", "q4", "q6", "q8");

        List<String> ids = ids(Assembler.assemble(blueprint, POOL, 11, seen));

        assertThat(ids).doesNotContainAnyElementsOf(seen);
        // 15 asean questions, 5 seen: a draw of 12 must take 2 seen ones.
        List<String> more = ids(Assembler.assemble(new Blueprint(List.of(draw(12, "asean")), false), POOL, 11, seen));
        assertThat(more.stream().filter(seen::contains)).hasSize(2);
    }

    @Test
    void aDrawLargerThanItsPoolIsRefusedNamingTheNumbers() {
        var blueprint = new Blueprint(List.of(draw(30, "asean")), false);

        assertThatThrownBy(() -> Assembler.assemble(blueprint, POOL, 1, Set.of()))
                .hasMessageContaining("30 question(s) tagged [asean]").hasMessageContaining("only 15");
    }

    @Test
    void aFixedQuestionMissingFromThePoolIsRefused() {
        assertThatThrownBy(() -> Assembler.assemble(new Blueprint(List.of(new Slot.Fixed("nope")), false), POOL, 1, Set.of()))
                .hasMessageContaining("'nope'");
    }

    @Test
    void optionsKeepTheirOrderWhenTheQuestionSaysSo() {
        // q0, q5, q10... do not shuffle.
        var blueprint = new Blueprint(List.of(new Slot.Fixed("q0"), new Slot.Fixed("q1")), false);

        for (long seed = 0; seed < 20; seed++) {
            Assembly assembly = Assembler.assemble(blueprint, POOL, seed, Set.of());
            assertThat(assembly.questions().get(0).displayOrder()).containsExactly("a", "b", "c");
            assertThat(assembly.questions().get(1).displayOrder()).containsExactlyInAnyOrder("a", "b", "c");
        }
    }

    @Test
    void orderingItemsAreNeverShownInTheRightOrder() {
        Question timeline = Questions.timeline(OrderingScoring.ITEMS_IN_PLACE);
        var pool = new QuestionPool(List.of(new PoolQuestion(timeline, Set.of(), Difficulty.EASY)));

        for (long seed = 0; seed < 100; seed++) {
            List<String> shown = Assembler.assemble(new Blueprint(List.of(new Slot.Fixed("timeline")), false), pool, seed, Set.of())
                    .questions().get(0).displayOrder();
            assertThat(shown).containsExactlyInAnyOrder("independence", "untac", "asean", "wto")
                    .isNotEqualTo(List.of("independence", "untac", "asean", "wto"));
        }
    }

    @Test
    void withoutShufflingFixedQuestionsComeFirstInSlotOrder() {
        var blueprint = new Blueprint(List.of(draw(2, "borders"), new Slot.Fixed("q4"), new Slot.Fixed("q2")), false);

        assertThat(ids(Assembler.assemble(blueprint, POOL, 5, Set.of()))).startsWith("q4", "q2");
    }

    @Test
    void aLargePoolTakesTheFastPathAndStillHonoursEveryRule() {
        QuestionPool large = pool(10_000);
        var blueprint = new Blueprint(List.of(draw(20, "borders")), true);

        Assembly assembly = Assembler.assemble(blueprint, large, 99, Set.of("q1", "q3"));

        assertThat(new HashSet<>(ids(assembly))).hasSize(20);
        assertThat(ids(assembly)).allSatisfy(id -> assertThat(Integer.parseInt(id.substring(1)) % 2).isEqualTo(1))
                .doesNotContain("q1", "q3");
        assertThat(assembly).isEqualTo(Assembler.assemble(blueprint, large, 99, Set.of("q1", "q3")));
        assertThat(blueprint.size()).isEqualTo(20);
    }

    /** Six questions: un-1, un-2 and un-3 test one fact, asean-1 and asean-2 another, and lone has none. */
    private static QuestionPool factPool() {
        var questions = new ArrayList<PoolQuestion>();
        for (String id : List.of("un-1", "un-2", "un-3", "asean-1", "asean-2", "lone")) {
            var question = new SingleChoiceQuestion(QuestionBasics.of(id, id + "?"),
                    List.of(Choice.right("a", "A", ""), Choice.wrong("b", "B", "")), true);
            Optional<String> fact = id.equals("lone") ? Optional.empty() : Optional.of(id.substring(0, id.indexOf('-')));
            questions.add(new PoolQuestion(question, Set.of("all"), Difficulty.MEDIUM, fact));
        }
        return new QuestionPool(questions);
    }

    @Test
    void aDrawTakesOneQuestionPerFactAndAvoidsTheFactsOfFixedQuestions() {
        for (long seed = 0; seed < 200; seed++) {
            var everything = new Blueprint(List.of(draw(3, "all")), true);
            List<String> drawn = ids(Assembler.assemble(everything, factPool(), seed, Set.of()));
            assertThat(drawn).as("seed " + seed).hasSize(3).contains("lone")
                    .satisfiesOnlyOnce(id -> assertThat(id).startsWith("un-"))
                    .satisfiesOnlyOnce(id -> assertThat(id).startsWith("asean-"));

            var withFixed = new Blueprint(List.of(new Slot.Fixed("un-2"), draw(2, "all")), false);
            assertThat(ids(Assembler.assemble(withFixed, factPool(), seed, Set.of("lone")))).as("seed " + seed)
                    .hasSize(3).contains("un-2", "lone").doesNotContain("un-1", "un-3")
                    .satisfiesOnlyOnce(id -> assertThat(id).startsWith("asean-"));
        }
    }

    @Test
    void aDrawLargerThanTheNumberOfDistinctFactsIsRefusedSayingSo() {
        var blueprint = new Blueprint(List.of(draw(4, "all")), false);

        assertThatThrownBy(() -> Assembler.assemble(blueprint, factPool(), 1, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only 3 such question(s) left that test different facts");
    }

    @Test
    void twoFixedQuestionsOfOneFactAreRefused() {
        var blueprint = new Blueprint(List.of(new Slot.Fixed("un-1"), new Slot.Fixed("un-3")), false);

        assertThatThrownBy(() -> Assembler.assemble(blueprint, factPool(), 1, Set.of()))
                .hasMessage("the blueprint names questions 'un-1' and 'un-3', which test the same fact 'un'");
    }

    @Test
    void theOptionsOfAClozeChoiceGapAreShuffledBySeed() {
        var gap = new SingleChoiceQuestion(QuestionBasics.of("org", "Which?"), List.of(Choice.right("asean", "ASEAN", ""),
                Choice.wrong("apec", "APEC", ""), Choice.wrong("saarc", "SAARC", "")), true);
        var cloze = new org.sala.engine.question.ClozeQuestion(QuestionBasics.of("joined", "Fill in."), "Joined {{org}}.",
                List.of(new org.sala.engine.question.Gap("org", java.math.BigDecimal.ONE, gap)));
        var questions = new ArrayList<PoolQuestion>(List.of(new PoolQuestion(cloze, Set.of(), Difficulty.MEDIUM)));
        for (int i = 0; i < 5; i++) {
            var question = new SingleChoiceQuestion(QuestionBasics.of("q" + i, "Q?"),
                    List.of(Choice.right("a", "A", ""), Choice.wrong("b", "B", ""), Choice.wrong("c", "C", "")), true);
            questions.add(new PoolQuestion(question, Set.of(), Difficulty.MEDIUM));
        }
        var pool = new QuestionPool(questions);
        var blueprint = new Blueprint(List.of(new Slot.Fixed("joined"), new Slot.Fixed("q0"), new Slot.Fixed("q1"),
                new Slot.Fixed("q2"), new Slot.Fixed("q3"), new Slot.Fixed("q4")), true);

        var firstPlaces = new HashSet<String>();
        for (long seed = 0; seed < 40; seed++) {
            Assembly assembly = Assembler.assemble(blueprint, pool, seed, Set.of());
            List<String> gapOrder = assembly.questions().stream().filter(question -> question.question().id().equals("joined"))
                    .findFirst().orElseThrow().displayOrder();
            assertThat(gapOrder).containsExactlyInAnyOrder("org/asean", "org/apec", "org/saarc");
            assertThat(Assembler.assemble(blueprint, pool, seed, Set.of())).isEqualTo(assembly);
            firstPlaces.add(gapOrder.get(0));
        }
        assertThat(firstPlaces).as("the right option is not always first").hasSize(3);
    }
}
