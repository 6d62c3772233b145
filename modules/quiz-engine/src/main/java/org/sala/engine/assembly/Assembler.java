package org.sala.engine.assembly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Gap;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TrueFalseQuestion;

/**
 * Turns a blueprint into an attempt's questions. Pure and seeded: randomness comes only from
 * {@link Random} seeded with the given seed, whose algorithm the JDK specifies, so an assembly replays
 * identically on any JVM.
 *
 * <p>Rules: fixed questions come first in slot order, then each draw picks from the questions it admits
 * that are not yet in the attempt, preferring those the learner has not seen in earlier attempts and
 * taking seen ones only when the unseen run out. No question appears twice, and no two questions that test
 * the same fact ({@link PoolQuestion#fact()}): a draw passes over a question whose fact is already in the
 * attempt. Questions without a fact are drawn exactly as they were before facts existed, so a pool that
 * declares none assembles the same attempt from the same seed. Options are shuffled where the question
 * allows it; ordering items are always shown out of order.
 */
public final class Assembler {

    private Assembler() {
    }

    /**
     * @param seenBefore ids of questions shown in the learner's earlier attempts
     * @throws IllegalArgumentException if a fixed question is not in the pool, a question is fixed twice, two
     *                                  fixed questions test the same fact, or a draw asks for more questions
     *                                  (of distinct facts) than remain that it admits
     */
    public static Assembly assemble(Blueprint blueprint, QuestionPool pool, long seed, Set<String> seenBefore) {
        Random random = new Random(seed);
        var chosen = new ArrayList<Question>(blueprint.size());
        var used = new Used();
        var fixedByFact = new HashMap<String, String>();
        for (Slot slot : blueprint.slots()) {
            if (slot instanceof Slot.Fixed fixed) {
                PoolQuestion question = pool.question(fixed.questionId()).orElseThrow(() -> new IllegalArgumentException(
                        "the blueprint names question '" + fixed.questionId() + "', which is not in the pool"));
                if (used.ids.contains(question.id())) {
                    throw new IllegalArgumentException("the blueprint names question '" + question.id() + "' twice");
                }
                if (question.fact().isPresent()) {
                    String other = fixedByFact.putIfAbsent(question.fact().get(), question.id());
                    if (other != null) {
                        throw new IllegalArgumentException("the blueprint names questions '" + other + "' and '" + question.id()
                                + "', which test the same fact '" + question.fact().get() + "'");
                    }
                }
                used.add(question);
                chosen.add(question.question());
            }
        }
        for (Slot slot : blueprint.slots()) {
            if (slot instanceof Slot.Draw draw) {
                draw(draw, pool, random, seenBefore, used, chosen);
            }
        }
        if (blueprint.shuffleQuestions()) {
            Collections.shuffle(chosen, random);
        }
        var assembled = new ArrayList<AssembledQuestion>(chosen.size());
        for (Question question : chosen) {
            assembled.add(new AssembledQuestion(question, displayOrder(question, random, seed)));
        }
        return new Assembly(seed, assembled);
    }

    /** What an attempt already holds: question ids and the facts they test. */
    private static final class Used {
        final Set<String> ids = new HashSet<>();
        final Set<String> facts = new HashSet<>();

        boolean admits(PoolQuestion question) {
            return !ids.contains(question.id()) && question.fact().map(fact -> !facts.contains(fact)).orElse(true);
        }

        void add(PoolQuestion question) {
            ids.add(question.id());
            question.fact().ifPresent(facts::add);
        }
    }

    private static void draw(Slot.Draw draw, QuestionPool pool, Random random, Set<String> seenBefore, Used used,
                             List<Question> chosen) {
        List<PoolQuestion> candidates = pool.candidates(draw);
        if (draw.count() * 8 <= candidates.size() && sample(draw, candidates, random, seenBefore, used, chosen)) {
            return;
        }
        var unseen = new ArrayList<PoolQuestion>();
        var seen = new ArrayList<PoolQuestion>();
        for (PoolQuestion candidate : candidates) {
            if (draw.admits(candidate) && used.admits(candidate)) {
                (seenBefore.contains(candidate.id()) ? seen : unseen).add(candidate);
            }
        }
        int available = distinctFacts(unseen, seen);
        if (available < draw.count()) {
            throw new IllegalArgumentException("the blueprint draws " + draw + " but the pool has only "
                    + available + " such question(s) left that test different facts");
        }
        // Every unseen fact fits before any seen one is needed, so the unseen list never runs dry early.
        int fromUnseen = Math.min(draw.count(), distinctFacts(unseen, List.of()));
        take(unseen, fromUnseen, random, used, chosen);
        take(seen, draw.count() - fromUnseen, random, used, chosen);
    }

    /** How many questions could be drawn together: one per fact, and every question without a fact. */
    private static int distinctFacts(List<PoolQuestion> first, List<PoolQuestion> second) {
        var facts = new HashSet<String>();
        int count = 0;
        for (List<PoolQuestion> list : List.of(first, second)) {
            for (PoolQuestion question : list) {
                if (question.fact().map(facts::add).orElse(true)) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The fast path for a small draw from a large pool: pick at random and skip what does not fit (wrong
     * tags, already chosen, seen before), a bounded number of times. Gives up, having added nothing, when
     * the pool is too thin in fitting questions; the caller then scans the pool. Either way the result
     * depends only on the seed.
     */
    private static boolean sample(Slot.Draw draw, List<PoolQuestion> candidates, Random random, Set<String> seenBefore,
                                  Used used, List<Question> chosen) {
        var picked = new Used();
        var pickedInOrder = new ArrayList<PoolQuestion>(draw.count());
        for (int tries = 0; pickedInOrder.size() < draw.count() && tries < 32 * draw.count() + 64; tries++) {
            PoolQuestion candidate = candidates.get(random.nextInt(candidates.size()));
            if (draw.admits(candidate) && used.admits(candidate) && !seenBefore.contains(candidate.id())
                    && picked.admits(candidate)) {
                picked.add(candidate);
                pickedInOrder.add(candidate);
            }
        }
        if (pickedInOrder.size() < draw.count()) {
            return false;
        }
        for (PoolQuestion question : pickedInOrder) {
            used.add(question);
            chosen.add(question.question());
        }
        return true;
    }

    /**
     * Partial Fisher-Yates: the first {@code count} places of a shuffle, in O(count) when no fact repeats.
     * A pick whose fact an earlier pick already holds is moved past the end of the list and the place drawn
     * again; the caller has checked that enough distinct facts remain.
     */
    private static void take(List<PoolQuestion> from, int count, Random random, Used used, List<Question> chosen) {
        int end = from.size();
        int i = 0;
        while (i < count) {
            int pick = i + random.nextInt(end - i);
            PoolQuestion question = from.get(pick);
            if (!used.admits(question)) {
                Collections.swap(from, pick, --end);
                continue;
            }
            Collections.swap(from, i, pick);
            used.add(question);
            chosen.add(question.question());
            i++;
        }
    }

    /**
     * The order one question's parts are shown in, from a generator of its own (seeded from the attempt's seed
     * and the question id): for a question an attempt keeps whose version no longer matches what its quiz
     * assembles, so it is shown in an order that does not depend on the rest of the quiz.
     */
    public static AssembledQuestion alone(Question question, long seed) {
        return new AssembledQuestion(question, displayOrder(question, new Random(seed * 31 + question.id().hashCode() + 17), seed));
    }

    private static List<String> displayOrder(Question question, Random random, long seed) {
        return switch (question) {
            case SingleChoiceQuestion single -> ordered(single.choices().stream().map(Choice::id).toList(), single.shuffle(), random);
            case MultipleChoiceQuestion multiple -> ordered(multiple.choices().stream().map(Choice::id).toList(), multiple.shuffle(), random);
            case MatchingQuestion matching -> ordered(matching.answerChoices(), matching.shuffle(), random);
            case OrderingQuestion ordering -> outOfOrder(ordering.items().stream().map(OrderItem::id).toList(), random);
            case TrueFalseQuestion trueFalse -> List.of();
            case ShortAnswerQuestion shortAnswer -> List.of();
            case NumericQuestion numeric -> List.of();
            case ClozeQuestion cloze -> gapOptionOrder(cloze, seed);
        };
    }

    /**
     * The options of a cloze question's choice gaps, each gap shuffled unless it says not to, so the right
     * option is not always where the author wrote it. The shuffle draws from its own generator, seeded from
     * the attempt's seed and the question id, so the order of everything else in the attempt is the same as
     * before gaps were shuffled.
     */
    private static List<String> gapOptionOrder(ClozeQuestion cloze, long seed) {
        var gapRandom = new Random(seed * 31 + cloze.id().hashCode());
        var order = new ArrayList<String>();
        for (Gap gap : cloze.gaps()) {
            if (gap.question() instanceof SingleChoiceQuestion choice) {
                ordered(choice.choices().stream().map(Choice::id).toList(), choice.shuffle(), gapRandom)
                        .forEach(id -> order.add(gap.id() + "/" + id));
            }
        }
        return order;
    }

    private static List<String> ordered(List<String> ids, boolean shuffle, Random random) {
        if (!shuffle) {
            return ids;
        }
        var copy = new ArrayList<>(ids);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** A shuffle that is never the right order itself (for two or more items). */
    private static List<String> outOfOrder(List<String> rightOrder, Random random) {
        var copy = new ArrayList<>(rightOrder);
        do {
            Collections.shuffle(copy, random);
        } while (copy.equals(rightOrder));
        return copy;
    }
}
