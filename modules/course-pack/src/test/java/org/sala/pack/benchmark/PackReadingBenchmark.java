package org.sala.pack.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sala.pack.model.Pack;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.ReadResult;
import org.sala.pack.read.Sources;

/**
 * Reads and validates generated packs of 2,500, 5,000 and 10,000 questions (ten banks, a mix of all eight
 * types, one lesson section per bank) and writes the time and the heap the loaded pack holds to the file
 * named by the first argument (BENCHMARKS.md). Each size is read 3 times to warm up, then 7 times measured;
 * the median and the best are reported. Run with {@code mvn -P benchmark -pl modules/course-pack verify}.
 */
public final class PackReadingBenchmark {

    private PackReadingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path report = Path.of(args.length > 0 ? args[0] : "BENCHMARKS.md");
        var rows = new ArrayList<String>();
        for (int size : new int[] {2_500, 5_000, 10_000}) {
            Path pack = Files.createTempDirectory("sala-pack-benchmark-");
            generate(pack, size);
            long[] nanos = new long[7];
            for (int i = 0; i < 3; i++) {
                read(pack);
            }
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                read(pack);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            long before = usedHeapAfterGc();
            Pack loaded = read(pack);
            long retained = usedHeapAfterGc() - before;
            rows.add(String.format(Locale.ROOT, "| %,d | %,.0f | %,.0f | %,.1f | %,.0f |", size, nanos[nanos.length / 2] / 1e6,
                    nanos[0] / 1e6, retained / 1048576.0, (double) retained / size));
            if (loaded.questions().size() != size) {
                throw new IllegalStateException("read " + loaded.questions().size() + " questions, generated " + size);
            }
        }
        String text = "# Pack reading benchmarks\n\n"
                + "Written by `mvn -P benchmark -pl modules/course-pack verify` on " + LocalDate.now() + ", Java "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + ". Reading means parsing every file, "
                + "validating every question with the engine and building the pack; the heap is what the loaded pack "
                + "holds (used heap after a full GC, with and without it).\n\n"
                + "| questions | median ms | best ms | heap MiB | heap bytes per question |\n|---:|---:|---:|---:|---:|\n"
                + String.join("\n", rows) + "\n\nTarget (issue: content packs): 10,000 questions read and validated in <= 1 s, "
                + "memory growing linearly (bytes per question about constant).\n";
        Files.writeString(report, text);
        System.out.println(text);
    }

    private static Pack read(Path pack) {
        ReadResult result = PackReader.read(Sources.directory(pack));
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("the generated pack has errors: " + result.errors().subList(0, 3));
        }
        return result.pack().orElseThrow();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Ten banks, each tied to a section of one lesson, with questions of all eight types in turn. */
    static void generate(Path pack, int size) throws IOException {
        Files.createDirectories(pack.resolve("banks"));
        var lesson = new StringBuilder("---\nid: l\ntitle: Generated\norder: 1\n---\nIntroduction.\n");
        List<String> banks = new ArrayList<>();
        for (int bank = 0; bank < 10; bank++) {
            lesson.append("\n## Part ").append(bank).append("\n\nText of part ").append(bank).append(".\n");
            var text = new StringBuilder("id: bank-" + bank + "\nlesson: l\nquestions:\n");
            for (int i = bank; i < size; i += 10) {
                text.append(question(i, "part-" + bank));
            }
            Files.writeString(pack.resolve("banks/bank-" + bank + ".yaml"), text);
            banks.add("banks/bank-" + bank + ".yaml");
        }
        Files.writeString(pack.resolve("l.md"), lesson);
        Files.writeString(pack.resolve("pack.yaml"), "id: generated\ntitle: Generated\nversion: 1\nlessons: [l.md]\nbanks: ["
                + String.join(", ", banks) + "]\n");
    }

    private static String question(int i, String section) {
        String head = "  - id: q" + i + "\n    section: " + section + "\n    tags: [t" + (i % 7) + "]\n    difficulty: "
                + List.of("easy", "medium", "hard").get(i % 3) + "\n    prompt: Question number " + i + "?\n";
        return head + switch (i % 8) {
            case 0 -> "    choices:\n      - {text: Right, correct: true, feedback: Yes.}\n      - {text: Wrong, feedback: No.}\n"
                    + "      - {text: Also wrong}\n";
            case 1 -> "    type: multiple-choice\n    scoring: right-minus-wrong\n    choices:\n      - {text: A, correct: true}\n"
                    + "      - {text: B, correct: true}\n      - {text: C}\n";
            case 2 -> "    type: true-false\n    answer: true\n";
            case 3 -> "    type: short-answer\n    answers:\n      - {text: ASEAN, credit: 1}\n      - {text: '*asean*', pattern: true, credit: 0.5}\n";
            case 4 -> "    type: numeric\n    answers:\n      - {value: 1999, tolerance: 1}\n";
            case 5 -> "    type: matching\n    pairs:\n      - {prompt: ARF, answer: '1994'}\n      - {prompt: ASEM, answer: '1996'}\n";
            case 6 -> "    type: ordering\n    items:\n      - {text: First}\n      - {text: Second}\n      - {text: Third}\n";
            default -> "    type: cloze\n    text: Joined {{org}} in {{year}}.\n    gaps:\n      - {id: org, answers: [{text: ASEAN}]}\n"
                    + "      - {id: year, type: numeric, answers: [{value: 1999}]}\n";
        };
    }
}
