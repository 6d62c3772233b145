package org.sala.pack.qti;

import java.util.List;
import java.util.Locale;
import org.sala.pack.interchange.ExportResult;
import org.sala.pack.interchange.ImportResult;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.interchange.QuestionFormat;
import org.sala.pack.interchange.Utf8Text;

/**
 * QTI 3.0 as an interchange format. It reads a content package (a zip archive, told by its first bytes
 * {@code PK} or a name ending in {@code .zip}) or a single {@code qti-assessment-item} (UTF-8 XML), and
 * writes a content package, the one QTI file that keeps tags and difficulty.
 */
public final class QtiFormat implements QuestionFormat {

    @Override
    public String name() {
        return "qti";
    }

    @Override
    public String fileExtension() {
        return "zip";
    }

    @Override
    public ImportResult read(String fileName, byte[] content) {
        return isArchive(fileName, content) ? QtiImport.readPackage(fileName, content)
                : Utf8Text.read(fileName, content, QtiImport::readItem);
    }

    @Override
    public ExportResult write(List<ImportedQuestion> questions) {
        return QtiExport.writePackage(questions);
    }

    @Override
    public String toString() {
        return name();
    }

    /** Every zip archive starts with the signature "PK"; a well-formed XML document cannot. */
    private static boolean isArchive(String fileName, byte[] content) {
        return content.length >= 2 && content[0] == 'P' && content[1] == 'K'
                || fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}
