package org.sala.engine.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sala.engine.assembly.Assembler;
import org.sala.engine.assembly.Assembly;
import org.sala.engine.assembly.Blueprint;
import org.sala.engine.assembly.PoolQuestion;
import org.sala.engine.assembly.QuestionPool;
import org.sala.engine.assembly.Slot;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.SingleChoiceQuestion;

/**
 * Assembling a 20-question attempt from a 10,000-question pool: 10 easy and 10 hard questions drawn
 * across nine lesson tags, shuffled, with 50 questions seen in earlier attempts to avoid.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssemblyBenchmark {

    private QuestionPool pool;
    private Blueprint blueprint;
    private Set<String> seen;
    private long seed;

    @Setup
    public void setUp() {
        var questions = new ArrayList<PoolQuestion>(10_000);
        for (int i = 0; i < 10_000; i++) {
            var question = new SingleChoiceQuestion(QuestionBasics.of("q" + i, "Question " + i + "?"),
                    List.of(Choice.right("a", "A", ""), Choice.wrong("b", "B", ""), Choice.wrong("c", "C", ""), Choice.wrong("d", "D", "")),
                    true);
            questions.add(new PoolQuestion(question, Set.of("lesson-" + (i % 9), "cambodia"), Difficulty.values()[i % 3]));
        }
        pool = new QuestionPool(questions);
        blueprint = new Blueprint(List.of(
                new Slot.Draw(10, Set.of("cambodia"), Optional.of(Difficulty.EASY)),
                new Slot.Draw(10, Set.of("cambodia"), Optional.of(Difficulty.HARD))), true);
        var seenIds = new java.util.HashSet<String>();
        for (int i = 0; i < 50; i++) {
            seenIds.add("q" + (i * 7));
        }
        seen = Set.copyOf(seenIds);
    }

    @Benchmark
    public Assembly twentyFromTenThousand() {
        return Assembler.assemble(blueprint, pool, seed++, seen);
    }
}
