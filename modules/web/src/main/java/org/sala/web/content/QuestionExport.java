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
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.Quiz;
import org.sala.engine.assembly.Slot;

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
        return Optional.of(download(pack.get().id() + bankId.map(id -> "-" + id).orElse(""), format, questions));
    }

    /**
     * The questions a quiz can ask, in a format: its fixed questions and every question one of its draws can
     * pick, each filed under its bank (a question written in the quiz under the quiz's id); empty when the
     * course or quiz does not exist.
     *
     * @throws IllegalArgumentException naming the known formats when there is no format of that name
     */
    public Optional<Download> exportQuiz(String packId, String quizId, String formatName) {
        QuestionFormat format = QuestionFormats.named(formatName == null ? "" : formatName);
        Optional<Pack> pack = catalog.pack(packId == null ? "" : packId);
        Optional<Quiz> quiz = pack.flatMap(found -> found.quiz(quizId == null ? "" : quizId));
        if (quiz.isEmpty()) {
            return Optional.empty();
        }
        var bankOf = new java.util.HashMap<String, String>();
        pack.get().banks().forEach(bank -> bank.questions().forEach(question -> bankOf.put(question.id(), bank.id())));
        var chosen = new java.util.LinkedHashMap<String, PackQuestion>();
        quiz.get().questions().forEach(question -> chosen.put(question.id(), question));
        for (Slot slot : quiz.get().blueprint().slots()) {
            if (slot instanceof Slot.Draw draw) {
                pack.get().questions().stream()
                        .filter(question -> question.tags().containsAll(draw.tags()))
                        .filter(question -> draw.difficulty().map(question.difficulty()::equals).orElse(true))
                        .forEach(question -> chosen.putIfAbsent(question.id(), question));
            }
        }
        List<ImportedQuestion> questions = chosen.values().stream()
                .map(question -> new ImportedQuestion(bankOf.getOrDefault(question.id(), quiz.get().id()), question)).toList();
        return Optional.of(download(pack.get().id() + "-" + quiz.get().id(), format, questions));
    }

    private static Download download(String name, QuestionFormat format, List<ImportedQuestion> questions) {
        ExportResult written = format.write(questions);
        return new Download(name + "." + format.fileExtension(), contentType(format), written.content(), written.warnings());
    }

    /**
     * The whole course as the files it is served from ({@code pack.yaml}, lessons, banks, quizzes), in a zip
     * under one folder named after the pack: what an institution commits to its own repository, or puts in
     * the packs directory. Empty when there is no such course.
     */
    public Optional<Download> archive(String packId) {
        Optional<Pack> pack = catalog.pack(packId == null ? "" : packId);
        if (pack.isEmpty()) {
            return Optional.empty();
        }
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            for (var file : new java.util.TreeMap<>(catalog.files(pack.get())).entrySet()) {
                var entry = new java.util.zip.ZipEntry(pack.get().id() + "/" + file.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the archive of " + packId + " in memory", e);
        }
        return Optional.of(new Download(pack.get().id() + "-" + pack.get().info().version() + ".zip", "application/zip",
                bytes.toByteArray(), List.of()));
    }

    private static String contentType(QuestionFormat format) {
        return switch (format.fileExtension()) {
            case "zip" -> "application/zip";
            case "xml" -> "application/xml; charset=UTF-8";
            default -> "text/plain; charset=UTF-8";
        };
    }
}
