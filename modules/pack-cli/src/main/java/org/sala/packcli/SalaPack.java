package org.sala.packcli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sala.pack.discovery.PackDiscovery;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.ReadResult;
import org.sala.pack.read.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code sala-pack} command and its subcommands. */
@Command(name = "sala-pack", mixinStandardHelpOptions = true, version = "sala-pack 0.1.0",
        description = "Checks Sala content packs and shows what they hold.",
        subcommands = {ValidateCommand.class, StatsCommand.class, ImportCommand.class, ExportCommand.class, FmtCommand.class,
                CommandLine.HelpCommand.class})
public final class SalaPack implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with Sala's exit codes: 1 for errors found in a pack, 2 for wrong usage. */
    static CommandLine commandLine() {
        return new CommandLine(new SalaPack()).setExitCodeExceptionMapper(exception -> 2);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the pack at {@code path}: a folder holding pack.yaml, a .zip archive or a content .jar. */
    static ReadResult read(Path path) {
        if (Files.isDirectory(path)) {
            return PackReader.read(Sources.directory(path));
        }
        return PackReader.read(PackDiscovery.open(path));
    }

    static void checkExists(CommandSpec spec, Path path) {
        if (!Files.exists(path)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no pack at " + path + " (give a folder with pack.yaml,"
                    + " a .zip archive or a content .jar)");
        }
    }

    static void printProblems(PrintWriter out, ReadResult result) {
        result.problems().forEach(out::println);
    }
}
