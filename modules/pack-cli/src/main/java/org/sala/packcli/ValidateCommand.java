package org.sala.packcli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sala.pack.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sala-pack validate PACK...}: every problem of every pack, as file:line:column: message. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Reads each pack whole and prints every problem as file:line:column: message.",
                "Exit code: 0 when no pack has an error (warnings allowed), 1 when one has, 2 for wrong usage."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PACK", description = "A folder holding pack.yaml, a .zip archive or a content .jar.")
    List<Path> packs;

    @Option(names = "--strict", description = "Treat warnings as errors (exit code 1 when there is any).")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        packs.forEach(path -> SalaPack.checkExists(spec, path));
        int failed = 0;
        for (Path path : packs) {
            ReadResult result = SalaPack.read(path);
            SalaPack.printProblems(out, result);
            int errors = result.errors().size();
            int warnings = result.warnings().size();
            String name = result.pack().map(pack -> pack.id() + " " + pack.info().version()).orElse(path.toString());
            out.printf("%s: %d error(s), %d warning(s)%n", name, errors, warnings);
            if (errors > 0 || (strict && warnings > 0)) {
                failed++;
            }
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }
}
