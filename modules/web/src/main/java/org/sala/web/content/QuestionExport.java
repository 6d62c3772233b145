package org.sala.web.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.sala.pack.Problem;
import org.sala.pack.formats.QuestionFormats;
import org.sala.pack.interchange.ExportResult;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.interchange.QuestionFormat;
import org.sala.pack.model.Bank;
import org.sala.pack.model.Pack;

/**
 * A course's questions as a file another platform reads: the whole pack's questions or one bank's, in GIFT,
 * Moodle XML or QTI 3.0 (the same writers as {@code sala-pack export}), each question filed under its bank.
 */
@ApplicationScoped
public class QuestionExport {

    @Inject
    PackCatalog catalog;

    /**
     * A file to download, and a warning for everything the format could not hold.
     *
     * @param fileName for example {@code cambodian-foreign-policy-asean.gift}
     */
    public record Download(String fileName, String contentType, byte[] content, List<Problem> warnings) {
    }

    /**
     * The questions of a course, or of one of its banks, in a format; empty when the course or bank does not exist.
     *
     * @throws IllegalArgumentException naming the known formats when there is no format of that name
     */
    public Optional<Download> export(String packId, Optional<String> bankId, String formatName) {
        QuestionFormat format = QuestionFormats.named(formatName == null ? "" : formatName);
        Optional<Pack> pack = catalog.pack(packId == null ? "" : packId);
        if (pack.isEmpty()) {
            return Optional.empty();
        }
        List<Bank> banks = pack.get().banks().stream().filter(bank -> bankId.map(bank.id()::equals).orElse(true)).toList();
        if (banks.isEmpty()) {
            return Optional.empty();
        }
        List<ImportedQuestion> questions = banks.stream()
                .flatMap(bank -> bank.questions().stream().map(question -> new ImportedQuestion(bank.id(), question))).toList();
        ExportResult written = format.write(questions);
        String name = pack.get().id() + bankId.map(id -> "-" + id).orElse("") + "." + format.fileExtension();
        return Optional.of(new Download(name, contentType(format), written.content(), written.warnings()));
    }

    private static String contentType(QuestionFormat format) {
        return switch (format.fileExtension()) {
            case "zip" -> "application/zip";
            case "xml" -> "application/xml; charset=UTF-8";
            default -> "text/plain; charset=UTF-8";
        };
    }
}
