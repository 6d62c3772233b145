package org.sala.packcli;

import java.util.Iterator;
import org.sala.pack.formats.QuestionFormats;
import org.sala.pack.interchange.QuestionFormat;
import picocli.CommandLine;

/** The {@code --from} and {@code --to} options: a format of {@link QuestionFormats} by its name. */
final class FormatOption {

    private FormatOption() {
    }

    /** Turns {@code --from gift} into the format; an unknown name is wrong usage that lists the known ones. */
    static final class Converter implements CommandLine.ITypeConverter<QuestionFormat> {
        @Override
        public QuestionFormat convert(String value) {
            try {
                return QuestionFormats.named(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The names that {@code ${COMPLETION-CANDIDATES}} lists in the help. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return QuestionFormats.names().iterator();
        }
    }
}
