package org.sala.pack.interchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiFunction;
import org.sala.pack.Problem;

/**
 * How the text formats turn a file's bytes into text: strictly as UTF-8. Bytes that are not UTF-8 are one
 * error naming the file, never replaced by other characters and never an exception. Nothing else is done
 * to the text here (a byte order mark, for one, is left for each format to treat as it always has).
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /** The text, or empty when the bytes are not UTF-8. */
    public static Optional<String> decode(byte[] content) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The one error for a file whose bytes are not UTF-8. */
    public static Problem notUtf8(String fileName) {
        return new Problem(Problem.Severity.ERROR, fileName, 0, 0, "is not UTF-8 text");
    }

    /** Decodes the file and hands its text to {@code reader}; a file that is not UTF-8 imports nothing. */
    public static ImportResult read(String fileName, byte[] content, BiFunction<String, String, ImportResult> reader) {
        return decode(content).map(text -> reader.apply(fileName, text)).orElseGet(() -> ImportResult.unreadable(notUtf8(fileName)));
    }
}
