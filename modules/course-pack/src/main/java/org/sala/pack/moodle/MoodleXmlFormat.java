package org.sala.pack.moodle;

import java.util.List;
import org.sala.pack.interchange.ExportResult;
import org.sala.pack.interchange.ImportResult;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.interchange.QuestionFormat;
import org.sala.pack.interchange.Utf8Text;

/**
 * Moodle XML as an interchange format: UTF-8 XML, read by {@link MoodleXmlImport} and written by
 * {@link MoodleXmlExport}, each question in its Moodle category.
 */
public final class MoodleXmlFormat implements QuestionFormat {

    @Override
    public String name() {
        return "moodle-xml";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public ImportResult read(String fileName, byte[] content) {
        return Utf8Text.read(fileName, content, MoodleXmlImport::read);
    }

    @Override
    public ExportResult write(List<ImportedQuestion> questions) {
        return MoodleXmlExport.write(questions);
    }
}
