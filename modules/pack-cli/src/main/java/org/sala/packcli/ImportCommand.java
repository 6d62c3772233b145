package org.sala.packcli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sala.pack.interchange.ImportResult;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.interchange.QuestionFormat;
import org.sala.pack.interchange.Utf8Text;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.read.PackSource;
import org.sala.pack.read.ReadResult;
import org.sala.pack.write.BankWriter;
import org.sala.pack.write.PackFormat;
import org.sala.pack.write.QuestionRenaming;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

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

    @Option(names = "--encoding", paramLabel = "CHARSET", description = {"Encoding of FILE, e.g. windows-1252 or ISO-8859-1.",
            "By default UTF-8 (with or without a byte order mark), UTF-16 with its mark, else Windows-1252 with a warning."})
    String encoding;

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
        String fileName = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        if (encoding != null) {
            Optional<byte[]> converted = inUtf8(bytes);
            if (converted.isEmpty()) {
                out.printf("%s: is not %s text; check --encoding%n", fileName, encoding);
                out.flush();
                return 1;
            }
            bytes = converted.get();
        }
        ImportResult imported;
        try {
            imported = format.read(fileName, bytes);
        } catch (RuntimeException unreadable) {
            // No input may end in a stack trace: whatever a reader did not foresee is one line naming the file.
            out.printf("%s: cannot be read as %s: %s%n", fileName, format.name(),
                    String.valueOf(unreadable.getMessage()).lines().findFirst().orElse(unreadable.getClass().getSimpleName()));
            out.flush();
            return 1;
        }
        imported.problems().forEach(out::println);

        Set<String> taken = new HashSet<>();
        ReadResult before = SalaPack.read(pack);
        before.pack().ifPresent(existing -> existing.questions().forEach(question -> taken.add(question.id())));
        var questions = new ArrayList<PackQuestion>();
        var categories = new java.util.TreeMap<String, Integer>();
        imported.questions().forEach(question -> {
            if (!question.categoryTag().isEmpty()) {
                categories.merge(question.categoryTag(), 1, Integer::sum);
            }
        });
        if (!categories.isEmpty()) {
            out.printf("%s: categories are kept as tags: %s%n", fileName, String.join(", ",
                    categories.entrySet().stream().map(entry -> entry.getKey() + " (" + entry.getValue() + ")").toList()));
        }
        for (PackQuestion question : imported.questions().stream().map(ImportedQuestion::questionWithCategoryTag).toList()) {
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
            if (imported.errors().isEmpty()) {
                out.printf("%s: no question could be imported%n", file.getFileName());
            }
            out.flush();
            return 1;
        }
        String bank = BankWriter.write(id, "Imported from " + file.getFileName(), questions);
        String bankText = PackFormat.yaml(bankFile.toString(), bank).text();

        // The whole result is validated in a copy of the pack first: the pack itself changes only when it stays valid.
        Path trial = Files.createTempDirectory("sala-import-");
        ReadResult after;
        try {
            copy(pack, trial);
            Files.createDirectories(trial.resolve("banks"));
            Files.writeString(trial.resolve("banks").resolve(id + ".yaml"), bankText, StandardCharsets.UTF_8);
            listBank(trial.resolve(PackSource.MANIFEST), "banks/" + id + ".yaml");
            after = SalaPack.read(trial);
        } finally {
            delete(trial);
        }
        if (!after.errors().isEmpty()) {
            SalaPack.printProblems(out, after);
            out.printf("%s: the pack would have %d error(s) with these questions; nothing was written%n", pack, after.errors().size());
            out.flush();
            return 1;
        }
        Files.createDirectories(bankFile.getParent());
        Files.writeString(bankFile, bankText, StandardCharsets.UTF_8);
        listBank(pack.resolve(PackSource.MANIFEST), "banks/" + id + ".yaml");
        SalaPack.printProblems(out, after);
        int skipped = imported.errors().size();
        out.printf("%d question(s) imported into %s%s%n", questions.size(), bankFile,
                skipped == 0 ? "" : "; " + skipped + " problem(s) kept questions out (listed above)");
        out.printf("%s: %d error(s), %d warning(s)%n", pack, after.errors().size(), after.warnings().size());
        out.flush();
        return !imported.errors().isEmpty() ? 1 : 0;
    }

    /** The file's bytes in the encoding given, as UTF-8; empty when they are not text in it. */
    private Optional<byte[]> inUtf8(byte[] bytes) {
        Charset charset;
        try {
            charset = Charset.forName(encoding);
        } catch (IllegalArgumentException unknown) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown encoding '" + encoding + "'; e.g. UTF-8, windows-1252, ISO-8859-1");
        }
        return Utf8Text.decode(bytes, charset).map(text -> text.getBytes(StandardCharsets.UTF_8));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
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
