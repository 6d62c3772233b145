package org.sala.packcli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sala.pack.Problem;
import org.sala.pack.gift.GiftExport;
import org.sala.pack.interchange.ExportResult;
import org.sala.pack.gift.GiftImport;
import org.sala.pack.interchange.ImportResult;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.moodle.MoodleXmlExport;
import org.sala.pack.moodle.MoodleXmlImport;
import org.sala.pack.qti.QtiExport;
import org.sala.pack.qti.QtiImport;

/** The interchange formats {@code import} and {@code export} speak, each over its codec. */
enum Format {

    GIFT("gift") {
        @Override
        Imported read(Path file) throws IOException {
            ImportResult result = GiftImport.read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            return new Imported(result.questions().stream().map(ImportedQuestion::question).toList(), result.problems());
        }

        @Override
        List<Problem> write(List<PackQuestion> questions, Path file) throws IOException {
            ExportResult result = GiftExport.write(questions.stream().map(ImportedQuestion::uncategorized).toList());
            Files.writeString(file, result.text(), StandardCharsets.UTF_8);
            return result.warnings();
        }
    },

    MOODLE_XML("moodle-xml") {
        @Override
        Imported read(Path file) throws IOException {
            ImportResult result = MoodleXmlImport.read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            return new Imported(result.questions().stream().map(ImportedQuestion::question).toList(), result.problems());
        }

        @Override
        List<Problem> write(List<PackQuestion> questions, Path file) throws IOException {
            ExportResult result = MoodleXmlExport.write(questions.stream().map(ImportedQuestion::uncategorized).toList());
            Files.writeString(file, result.text(), StandardCharsets.UTF_8);
            return result.warnings();
        }
    },

    /** QTI 3.0: a content package (.zip with imsmanifest.xml) or a single item (.xml); export writes a package. */
    QTI("qti") {
        @Override
        Imported read(Path file) throws IOException {
            QtiImport.Result result = file.getFileName().toString().endsWith(".zip") ? QtiImport.readPackage(file)
                    : QtiImport.readItem(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            return new Imported(result.questions(), result.problems());
        }

        @Override
        List<Problem> write(List<PackQuestion> questions, Path file) throws IOException {
            return QtiExport.writePackage(questions, file);
        }
    };

    private final String option;

    Format(String option) {
        this.option = option;
    }

    /** Questions read from a file, and every problem met (errors name the questions left out). */
    record Imported(List<PackQuestion> questions, List<Problem> problems) {
    }

    abstract Imported read(Path file) throws IOException;

    /** Writes the questions; returns a warning for each thing the format could not hold. */
    abstract List<Problem> write(List<PackQuestion> questions, Path file) throws IOException;

    /** How many questions a written file holds, read back with the same codec (some kinds a format skips). */
    int count(Path file) throws IOException {
        return read(file).questions().size();
    }

    @Override
    public String toString() {
        return option;
    }

    /** For picocli: {@code --from gift}. */
    static Format of(String option) {
        for (Format format : values()) {
            if (format.option.equals(option)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + option + "'; known formats are "
                + String.join(", ", java.util.Arrays.stream(values()).map(Format::toString).toList()));
    }
}
