package org.sala.packcli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sala.engine.question.Difficulty;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.Section;
import org.sala.pack.read.ReadResult;
import org.sala.pack.write.BankWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sala-pack stats PACK}: what a pack holds, as Markdown tables an instructor can paste into a README. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Counts a pack's lessons, words and questions by type, difficulty and tag, and lists the lesson",
                "sections no question points to. Prints Markdown. Exit code 1 if the pack has errors."})
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PACK", description = "A folder holding pack.yaml, a .zip archive or a content .jar.")
    Path path;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SalaPack.checkExists(spec, path);
        ReadResult result = SalaPack.read(path);
        if (result.pack().isEmpty()) {
            SalaPack.printProblems(out, result);
            out.printf("%s: %d error(s); no statistics for a pack that does not load%n", path, result.errors().size());
            out.flush();
            return 1;
        }
        print(out, result.pack().get());
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, Pack pack) {
        var questions = pack.questions();
        out.printf("## %s %s%n%n", pack.info().title(), pack.info().version());
        out.printf("%d lesson(s), %d question(s), %d bank(s), %d quiz(zes).%n%n", pack.lessons().size(), questions.size(),
                pack.banks().size(), pack.quizzes().size());

        out.println("| lesson | words | sections | questions |");
        out.println("|---|---:|---:|---:|");
        for (Lesson lesson : pack.lessons()) {
            long count = questions.stream().filter(question -> question.sections().stream()
                    .anyMatch(section -> section.lessonId().equals(lesson.id()))).count();
            out.printf("| %s | %d | %d | %d |%n", lesson.title(), words(lesson.markdown()), lesson.sections().size(), count);
        }
        out.println();

        var byType = new TreeMap<String, Integer>();
        var byDifficulty = new java.util.EnumMap<Difficulty, Integer>(Difficulty.class);
        var byTag = new TreeMap<String, Integer>();
        for (PackQuestion question : questions) {
            byType.merge(BankWriter.type(question.question()), 1, Integer::sum);
            byDifficulty.merge(question.difficulty(), 1, Integer::sum);
            question.tags().forEach(tag -> byTag.merge(tag, 1, Integer::sum));
        }
        table(out, "type", byType);
        var labelled = new java.util.LinkedHashMap<String, Integer>();
        byDifficulty.forEach((difficulty, count) -> labelled.put(difficulty.label(), count));
        table(out, "difficulty", labelled);
        if (!byTag.isEmpty()) {
            table(out, "tag", byTag);
        }

        var taught = new HashSet<String>();
        questions.forEach(question -> question.sections().forEach(section -> taught.add(section.toString())));
        out.println("Sections without a question:");
        boolean any = false;
        for (Lesson lesson : pack.lessons()) {
            for (Section section : lesson.sections()) {
                if (!taught.contains(lesson.id() + "#" + section.anchor())) {
                    out.printf("- %s#%s%n", lesson.id(), section.anchor());
                    any = true;
                }
            }
        }
        if (!any) {
            out.println("- none");
        }
    }

    private static void table(PrintWriter out, String what, Map<String, Integer> counts) {
        out.printf("| %s | questions |%n|---|---:|%n", what);
        counts.forEach((key, count) -> out.printf("| %s | %d |%n", key, count));
        out.println();
    }

    private static int words(String markdown) {
        String trimmed = markdown.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
