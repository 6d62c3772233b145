package org.sala.pack.interchange;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A format whose files are UTF-8 text (GIFT, Moodle XML): the bytes are decoded as {@link Utf8Text} says
 * and the text handed to the format's reader; its writer's text is the file.
 */
public final class TextFormat implements QuestionFormat {

    private final String name;
    private final String fileExtension;
    private final BiFunction<String, String, ImportResult> reader;
    private final Function<List<ImportedQuestion>, ExportResult> writer;

    /**
     * @param reader reads a file's text; given the file name first, which problems name as their file
     * @param writer writes questions as text
     */
    public TextFormat(String name, String fileExtension, BiFunction<String, String, ImportResult> reader,
                      Function<List<ImportedQuestion>, ExportResult> writer) {
        this.name = requireWord(name, "name");
        this.fileExtension = requireWord(fileExtension, "file extension");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    private static String requireWord(String text, String what) {
        if (text == null || text.isBlank() || !text.strip().equals(text)) {
            throw new IllegalArgumentException("a format's " + what + " is a word without surrounding spaces, not '" + text + "'");
        }
        return text;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String fileExtension() {
        return fileExtension;
    }

    @Override
    public ImportResult read(String fileName, byte[] content) {
        return Utf8Text.read(fileName, content, reader);
    }

    @Override
    public ExportResult write(List<ImportedQuestion> questions) {
        return writer.apply(questions);
    }

    @Override
    public String toString() {
        return name;
    }
}
