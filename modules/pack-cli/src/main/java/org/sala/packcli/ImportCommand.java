package org.sala.packcli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sala.pack.interchange.ImportResult;
import org.sala.pack.interchange.QuestionFormat;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.read.PackSource;
import org.sala.pack.read.ReadResult;
import org.sala.pack.write.BankWriter;
import org.sala.pack.write.PackFormat;
import org.sala.pack.write.QuestionRenaming;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sala-pack import --from gift FILE --into PACK}: the questions of a file become a new bank of the
 * pack ({@code banks/NAME.yaml}, listed in pack.yaml). Questions the file holds wrongly are reported and
 * left out; ids the pack already uses get a suffix. The pack is validated afterwards.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports the questions of a GIFT, Moodle XML or QTI file into a pack as a new question bank.",
                "Every problem is printed as file:line:column: message; questions with errors are left out.",
                "Exit code: 0 when everything imported, 1 when some questions were left out or the pack has errors, 2 for wrong usage."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, converter = FormatOption.Converter.class, completionCandidates = FormatOption.Names.class,
            description = "Format of FILE: ${COMPLETION-CANDIDATES}.")
    QuestionFormat format;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--into", required = true, paramLabel = "PACK", description = "The pack folder (holding pack.yaml) to add the bank to.")
    Path pack;

    @Option(names = "--bank", paramLabel = "ID", description = "Id of the new bank; by default made from the file name.")
    String bankId;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no file at " + file);
        }
        if (!Files.isRegularFile(pack.resolve(PackSource.MANIFEST))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no pack.yaml in " + pack + "; --into names a pack folder");
        }
        String id = bankId != null ? bankId : slug(file.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        Path bankFile = pack.resolve("banks").resolve(id + ".yaml");
        if (Files.exists(bankFile)) {
            throw new CommandLine.ParameterException(spec.commandLine(), bankFile + " exists already; choose another --bank");
        }
        ImportResult imported = format.read(file.getFileName().toString(), Files.readAllBytes(file));
        imported.problems().forEach(out::println);

        Set<String> taken = new HashSet<>();
        ReadResult before = SalaPack.read(pack);
        before.pack().ifPresent(existing -> existing.questions().forEach(question -> taken.add(question.id())));
        var questions = new ArrayList<PackQuestion>();
        for (PackQuestion question : imported.packQuestions()) {
            String unique = question.id();
            for (int n = 2; !taken.add(unique); n++) {
                unique = question.id() + "-" + n;
            }
            if (!unique.equals(question.id())) {
                out.printf("%s: warning: question id '%s' is already used in the pack; imported as '%s'%n", file.getFileName(),
                        question.id(), unique);
                questions.add(QuestionRenaming.withId(question, unique));
            } else {
                questions.add(question);
            }
        }
        if (questions.isEmpty()) {
            out.printf("%s: no question could be imported%n", file.getFileName());
            out.flush();
            return 1;
        }
        Files.createDirectories(bankFile.getParent());
        String bank = BankWriter.write(id, "Imported from " + file.getFileName(), questions);
        Files.writeString(bankFile, PackFormat.yaml(bankFile.toString(), bank).text(), StandardCharsets.UTF_8);
        listBank(pack.resolve(PackSource.MANIFEST), "banks/" + id + ".yaml");
        out.printf("%d question(s) imported into %s%n", questions.size(), bankFile);

        ReadResult after = SalaPack.read(pack);
        SalaPack.printProblems(out, after);
        out.printf("%s: %d error(s), %d warning(s)%n", pack, after.errors().size(), after.warnings().size());
        out.flush();
        return !imported.errors().isEmpty() || !after.errors().isEmpty() ? 1 : 0;
    }

    /** Adds the bank to pack.yaml's {@code banks:} list, keeping the rest of the file (and its comments) as written. */
    static void listBank(Path manifest, String bankPath) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.matches("banks:\\s*\\[.*]\\s*(#.*)?")) {
                String inside = line.substring(line.indexOf('[') + 1, line.lastIndexOf(']')).strip();
                lines.set(i, "banks: [" + (inside.isEmpty() ? "" : inside + ", ") + bankPath + "]");
                Files.write(manifest, lines, StandardCharsets.UTF_8);
                return;
            }
            if (line.matches("banks:\\s*(#.*)?")) {
                int end = i + 1;
                // The list runs on over indented items, indented comments and blank lines.
                while (end < lines.size() && lines.get(end).matches("\\s+-.*|\\s+#.*|\\s*")) {
                    end++;
                }
                while (end > i + 1 && !lines.get(end - 1).matches("\\s+-.*")) {
                    end--;
                }
                lines.add(end, "  - " + bankPath);
                Files.write(manifest, lines, StandardCharsets.UTF_8);
                return;
            }
        }
        lines.add("banks:");
        lines.add("  - " + bankPath);
        Files.write(manifest, lines, StandardCharsets.UTF_8);
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "imported" : slug;
    }
}
