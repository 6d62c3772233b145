package org.sala.pack.gift;

import java.util.List;
import org.sala.pack.interchange.ExportResult;
import org.sala.pack.interchange.ImportResult;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.interchange.QuestionFormat;
import org.sala.pack.interchange.Utf8Text;

/** GIFT as an interchange format: UTF-8 text, read by {@link GiftImport} and written by {@link GiftExport}. */
public final class GiftFormat implements QuestionFormat {

    @Override
    public String name() {
        return "gift";
    }

    @Override
    public String fileExtension() {
        return "gift";
    }

    @Override
    public ImportResult read(String fileName, byte[] content) {
        return Utf8Text.read(fileName, content, GiftImport::read);
    }

    @Override
    public ExportResult write(List<ImportedQuestion> questions) {
        return GiftExport.write(questions);
    }
}
