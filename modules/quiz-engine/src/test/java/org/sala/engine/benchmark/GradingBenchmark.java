package org.sala.engine.benchmark;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.sala.engine.Questions;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Grader;
import org.sala.engine.scoring.QuestionGrade;

/** Gradings per second of one question, on one thread. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GradingBenchmark {

    private final SingleChoiceQuestion single = Questions.aseanEntry();
    private final Response chosen = new Response.SelectedChoice("c");
    private final ShortAnswerQuestion shortAnswer = Questions.association(TextMatching.DEFAULT);
    private final Response typed = new Response.Text("  Association of  Southeast Asian Nations ");
    private final ClozeQuestion cloze = Questions.joined();
    private final Response gaps = new Response.Gaps(Map.of("org", new Response.Text("asean"), "year", new Response.Text("1999")));

    @Benchmark
    public QuestionGrade singleChoice() {
        return Grader.grade(single, chosen);
    }

    @Benchmark
    public QuestionGrade shortAnswer() {
        return Grader.grade(shortAnswer, typed);
    }

    @Benchmark
    public QuestionGrade cloze() {
        return Grader.grade(cloze, gaps);
    }
}
