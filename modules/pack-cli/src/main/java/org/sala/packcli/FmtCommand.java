package org.sala.packcli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sala.pack.read.PackFiles;
import org.sala.pack.read.Sources;
import org.sala.pack.write.PackFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sala-pack fmt [--check] PACK...}: writes every file a pack lists (pack.yaml, lessons, banks, quizzes)
 * in the canonical layout the browser editor publishes in, so hand-written and published files read alike and
 * a diff shows only what changed. {@code --check} writes nothing and fails when a file is not in that layout,
 * for CI.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Writes the files of each pack folder in Sala's canonical layout: block YAML indented by two spaces,",
                "plain scalars where YAML allows, short lists on one line, comments kept. What a file says never changes.",
                "Exit code: 0 when done (with --check: when every file is already canonical), 1 when a file could not be",
                "formatted (with --check: or is not canonical), 2 for wrong usage."})
final class FmtCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PACK", description = "A pack folder holding pack.yaml.")
    List<Path> packs;

    @Option(names = "--check", description = "Change nothing; list the files that are not in the canonical layout and exit 1 if there is one.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        for (Path pack : packs) {
            SalaPack.checkExists(spec, pack);
            if (!Files.isDirectory(pack)) {
                throw new CommandLine.ParameterException(spec.commandLine(), pack + " is not a folder; fmt formats the files of a pack folder"
                        + " (unpack an archive first)");
            }
        }
        int failed = 0;
        for (Path pack : packs) {
            Map<String, String> files;
            try {
                files = PackFiles.read(Sources.directory(pack));
            } catch (IOException e) {
                out.printf("%s: %s%n", pack, e.getMessage());
                failed++;
                continue;
            }
            int changed = 0;
            int refused = 0;
            for (var file : files.entrySet()) {
                PackFormat.Formatted formatted = PackFormat.file(file.getKey(), file.getValue());
                Path path = pack.resolve(file.getKey());
                if (formatted.problem().isPresent()) {
                    out.println(pack.resolve(formatted.problem().get().toString()));
                    refused++;
                } else if (!formatted.text().equals(file.getValue())) {
                    changed++;
                    if (check) {
                        out.printf("%s: not in the canonical layout (sala-pack fmt rewrites it)%n", path);
                    } else {
                        write(path, formatted.text());
                        out.printf("%s: formatted%n", path);
                    }
                }
            }
            out.printf("%s: %d file(s), %d %s, %d could not be formatted%n", pack, files.size(), changed,
                    check ? "not canonical" : "formatted", refused);
            if (refused > 0 || check && changed > 0) {
                failed++;
            }
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }

    /** Replaces the file in one step, so an interrupted run leaves the old text or the new, never half of one. */
    private static void write(Path path, String text) throws IOException {
        Path temporary = Files.createTempFile(path.toAbsolutePath().getParent(), ".fmt-", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
