package org.sala.packcli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sala.pack.interchange.ExportResult;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.interchange.QuestionFormat;
import org.sala.pack.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sala-pack export --to gift PACK --out FILE}: every question of a pack in another format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports every question of a pack to a GIFT, Moodle XML or QTI file.",
                "Whatever the format cannot hold is printed as a warning naming the question, never dropped silently.",
                "Exit code: 0 when written, 1 when the pack has errors, 2 for wrong usage."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, converter = FormatOption.Converter.class, completionCandidates = FormatOption.Names.class,
            description = "Format to write: ${COMPLETION-CANDIDATES}.")
    QuestionFormat format;

    @Parameters(paramLabel = "PACK", description = "A folder holding pack.yaml, a .zip archive or a content .jar.")
    Path pack;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SalaPack.checkExists(spec, pack);
        ReadResult result = SalaPack.read(pack);
        if (result.pack().isEmpty()) {
            SalaPack.printProblems(out, result);
            out.printf("%s: %d error(s); nothing exported%n", pack, result.errors().size());
            out.flush();
            return 1;
        }
        var questions = result.pack().get().questions();
        ExportResult written = format.write(questions.stream().map(ImportedQuestion::uncategorized).toList());
        Files.write(file, written.content());
        written.warnings().forEach(out::println);
        // Counted by reading the file back: a format may leave out kinds it cannot hold.
        int readBack = format.read(file.getFileName().toString(), written.content()).questions().size();
        out.printf("%d of %d question(s) written to %s as %s, %d warning(s)%n", readBack, questions.size(), file, format.name(),
                written.warnings().size());
        out.flush();
        return 0;
    }
}
