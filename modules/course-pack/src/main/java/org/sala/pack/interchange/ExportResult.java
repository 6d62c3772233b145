package org.sala.pack.interchange;

import java.util.List;
import java.util.Objects;
import org.sala.pack.Problem;

/**
 * A file written from questions, and a warning (file {@code export}, line 0) for everything the format
 * cannot say and that was therefore changed or left out, each naming its question. Nothing is dropped
 * without a warning.
 *
 * @param text the file's content (GIFT text, or UTF-8 XML with a declaration)
 */
public record ExportResult(String text, List<Problem> warnings) {

    public ExportResult {
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings);
    }
}
