package org.sala.pack.interchange;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sala.pack.Problem;

/**
 * A file written from questions, and a warning (each naming its question) for everything the format
 * cannot say and that was therefore changed or left out. Nothing is dropped without a warning.
 *
 * <p>The content is bytes, so an archive (a QTI content package) is a file like any text; text formats
 * write UTF-8. The bytes are copied in and out, so a result cannot change once made.
 *
 * @param content the file's bytes
 */
public record ExportResult(byte[] content, List<Problem> warnings) {

    public ExportResult {
        content = Objects.requireNonNull(content, "content").clone();
        warnings = List.copyOf(warnings);
    }

    /** A text file: the text as UTF-8 bytes. */
    public static ExportResult utf8(String text, List<Problem> warnings) {
        return new ExportResult(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8), warnings);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The content read as UTF-8 text; meaningful for the text formats. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportResult that && Arrays.equals(content, that.content) && warnings.equals(that.warnings);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(content) + warnings.hashCode();
    }

    @Override
    public String toString() {
        return "ExportResult[" + content.length + " bytes, warnings=" + warnings + "]";
    }
}
