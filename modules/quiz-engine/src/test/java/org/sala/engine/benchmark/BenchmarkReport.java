package org.sala.engine.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the engine's JMH benchmarks on one thread and writes their figures, with the targets, to the file
 * named by the first argument (BENCHMARKS.md). Started by {@code mvn -P benchmark -pl modules/quiz-engine clean verify}.
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Path report = Path.of(args.length > 0 ? args[0] : "BENCHMARKS.md");
        Options options = new OptionsBuilder()
                .include(GradingBenchmark.class.getName())
                .include(AssemblyBenchmark.class.getName())
                .forks(1)
                .threads(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx1g")
                .build();
        Collection<RunResult> results = new Runner(options).run();

        var text = new StringBuilder();
        text.append("# Quiz engine benchmarks\n\n")
                .append("Written by `mvn -P benchmark -pl modules/quiz-engine clean verify` (JMH ")
                .append("1 fork, 1 thread, 3 x 2 s warm-up, 5 x 2 s measured) on ").append(LocalDate.now())
                .append(", Java ").append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores. The machine is shared and noisy; ")
                .append("the error column is JMH's 99.9% confidence half-width.\n\n")
                .append("| benchmark | result | error | unit | target | met |\n|---|---:|---:|---|---|---|\n");
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            double score = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            String unit = result.getPrimaryResult().getScoreUnit();
            Target target = Target.of(shortName);
            text.append(String.format(Locale.ROOT, "| %s | %,.1f | %,.1f | %s | %s | %s |%n", shortName, score, error, unit,
                    target.text(), target.met(score) ? "yes" : "**no**"));
        }
        text.append("\nTargets (issue: quiz engine): >= 5 million single-choice gradings/s, >= 1 million cloze or ")
                .append("short-answer gradings/s, a 20-question attempt from a 10,000-question pool in <= 50 microseconds, ")
                .append("all on one core.\n");
        Files.writeString(report, text);
        System.out.println("Wrote " + report.toAbsolutePath());
    }

    private record Target(String text, double bound, boolean atLeast) {

        static Target of(String benchmark) {
            return switch (benchmark) {
                case "GradingBenchmark.singleChoice" -> new Target(">= 5,000,000 ops/s", 5_000_000, true);
                case "GradingBenchmark.shortAnswer", "GradingBenchmark.cloze" -> new Target(">= 1,000,000 ops/s", 1_000_000, true);
                case "AssemblyBenchmark.twentyFromTenThousand" -> new Target("<= 50 us/op", 50, false);
                default -> new Target("-", 0, true);
            };
        }

        boolean met(double score) {
            return atLeast ? score >= bound : score <= bound;
        }
    }
}
