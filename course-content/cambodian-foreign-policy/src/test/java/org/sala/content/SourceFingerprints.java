package org.sala.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Writes the fingerprints of the source document's word runs, one per line, sorted:
 * {@code java ... SourceFingerprints SOURCE.txt OUT.txt}. Rerun when the source document changes;
 * {@link CourseTextIsOurOwnTest} checks the file is current whenever the source is at hand.
 */
public final class SourceFingerprints {

    private SourceFingerprints() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[1]), render(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)));
    }

    static String render(String source) {
        return String.join("\n", new TreeSet<>(SourceOverlap.fingerprints(source))) + "\n";
    }
}
