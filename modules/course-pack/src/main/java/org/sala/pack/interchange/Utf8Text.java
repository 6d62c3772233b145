package org.sala.pack.interchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.BiFunction;
import org.sala.pack.Problem;

/**
 * How the text formats turn a file's bytes into text. UTF-8, with or without a byte order mark (the mark is
 * dropped); UTF-16 with its byte order mark (what Windows Notepad calls "Unicode"); otherwise, for bytes that are
 * text but not UTF-8, Windows-1252, which Moodle users' GIFT files often are (read so, with a warning that names
 * the file and says how to choose another encoding). A file with a NUL byte or other control characters is not
 * text: one error, no question. Never an exception, never a character silently replaced.
 */
public final class Utf8Text {

    /** The encoding read when the bytes are not UTF-8 and no other was given. */
    public static final Charset FALLBACK = Charset.forName("windows-1252");

    private Utf8Text() {
    }

    /** The text, or empty when the bytes are not UTF-8; a leading byte order mark is dropped. */
    public static Optional<String> decode(byte[] content) {
        return decode(content, StandardCharsets.UTF_8).map(Utf8Text::withoutMark);
    }

    /** The bytes read strictly in this encoding (no character replaced), or empty when they are not. */
    public static Optional<String> decode(byte[] content, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String withoutMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The one error for a file whose bytes are not UTF-8. */
    public static Problem notUtf8(String fileName) {
        return new Problem(Problem.Severity.ERROR, fileName, 0, 0, "is not UTF-8 text");
    }

    /** The one error for a file that is no text at all (a picture, a word-processor file, an archive given by mistake). */
    public static Problem notText(String fileName) {
        return new Problem(Problem.Severity.ERROR, fileName, 0, 0, "is not a text file (it holds binary data); export the questions as text first");
    }

    /** What reading a file's bytes as text gave: the text and a warning about how it was read, or an error. */
    public record Decoded(Optional<String> text, Optional<Problem> problem) {
    }

    /**
     * The file's text as the formats read it: UTF-8 (mark dropped), UTF-16 by its mark, or Windows-1252 with a
     * warning; an error for bytes that are no text or not even Windows-1252.
     */
    public static Decoded text(String fileName, byte[] content) {
        if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE) || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            return decode(content, StandardCharsets.UTF_16).map(text -> new Decoded(Optional.of(withoutMark(text)),
                    Optional.of(new Problem(Problem.Severity.WARNING, fileName, 0, 0, "is UTF-16 text; read as such"))))
                    .orElseGet(() -> new Decoded(Optional.empty(), Optional.of(notText(fileName))));
        }
        if (binary(content)) {
            return new Decoded(Optional.empty(), Optional.of(notText(fileName)));
        }
        Optional<String> utf8 = decode(content);
        if (utf8.isPresent()) {
            return new Decoded(utf8, Optional.empty());
        }
        return decode(content, FALLBACK).map(text -> new Decoded(Optional.of(text), Optional.of(new Problem(Problem.Severity.WARNING, fileName, 0, 0,
                        "is not UTF-8; read as Windows-1252 (accented letters as Windows writes them); give the file's encoding to read it otherwise"))))
                .orElseGet(() -> new Decoded(Optional.empty(), Optional.of(new Problem(Problem.Severity.ERROR, fileName, 0, 0,
                        "is neither UTF-8 nor Windows-1252 text; save it as UTF-8, or give its encoding"))));
    }

    /** Whether the bytes hold a NUL or a control character no text file has (tab, line breaks and form feed are text). */
    static boolean binary(byte[] content) {
        int limit = Math.min(content.length, 64 * 1024);
        for (int i = 0; i < limit; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                return true;
            }
        }
        return false;
    }

    /** Decodes the file as {@link #text} says and hands its text to {@code reader}; a file that is no text imports nothing. */
    public static ImportResult read(String fileName, byte[] content, BiFunction<String, String, ImportResult> reader) {
        Decoded decoded = text(fileName, content);
        if (decoded.text().isEmpty()) {
            return ImportResult.unreadable(decoded.problem().orElseGet(() -> notUtf8(fileName)));
        }
        ImportResult read = reader.apply(fileName, decoded.text().get());
        var problems = new ArrayList<Problem>();
        decoded.problem().ifPresent(problems::add);
        problems.addAll(read.problems());
        if (decoded.problem().isPresent() && read.questions().isEmpty() && read.errors().isEmpty() && !decoded.text().get().isBlank()) {
            // Bytes that were not UTF-8, in which the reader found nothing to import and nothing wrong: most likely no such file.
            problems.add(new Problem(Problem.Severity.ERROR, fileName, 0, 0, "holds no question this format can read; is it the format given?"));
        }
        return problems.equals(read.problems()) ? read : new ImportResult(read.questions(), problems);
    }
}
