package org.sala.pack.moodle;

import java.util.List;
import java.util.Objects;
import org.sala.pack.Problem;

/**
 * A Moodle XML question file written from questions, and a warning (file {@code export}, line 0) for
 * everything Moodle XML cannot say and that was therefore changed or left out, each naming its question.
 * Nothing is dropped without a warning.
 *
 * @param xml UTF-8 XML with a declaration: a {@code <quiz>} of {@code <question>}s
 */
public record MoodleXmlExportResult(String xml, List<Problem> warnings) {

    public MoodleXmlExportResult {
        Objects.requireNonNull(xml, "xml");
        warnings = List.copyOf(warnings);
    }
}
