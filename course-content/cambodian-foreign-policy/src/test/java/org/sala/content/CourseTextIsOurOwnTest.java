package org.sala.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The course's sentences are ours: no run of 12 or more consecutive words of the source document appears
 * anywhere in the pack (lessons, banks, quizzes). Facts carry over; wording does not.
 */
class CourseTextIsOurOwnTest {

    private static final Path PACK = Path.of("src/main/resources/META-INF/sala");
    /** The source document, where the project's shared folder sits beside the repository. */
    private static final Path SOURCE = Path.of("../../../shared/course-sources/cambodia-foreign-relations-source.txt");

    private static Set<String> sourceFingerprints() throws IOException {
        try (InputStream in = CourseTextIsOurOwnTest.class.getResourceAsStream("/source-12-word-runs.txt")) {
            assertThat(in).as("fingerprint file").isNotNull();
            return new HashSet<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList());
        }
    }

    @Test
    void noRunOfTwelveWordsFromTheSourceAppearsInThePack() throws IOException {
        Set<String> source = sourceFingerprints();
        assertThat(source).hasSizeGreaterThan(1000);
        var copied = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(PACK)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String run : SourceOverlap.runs(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (source.contains(SourceOverlap.fingerprint(run))) {
                        copied.add(PACK.relativize(file) + ": \"" + run + "\"");
                    }
                }
            }
        }
        assertThat(copied).as("runs of %d words copied from the source document", SourceOverlap.RUN).isEmpty();
    }

    @Test
    void theCheckFindsACopiedRun() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SOURCE), "the source document is not beside the repository");
        List<String> words = SourceOverlap.words(Files.readString(SOURCE, StandardCharsets.UTF_8));
        String copied = "As the course says, " + String.join(" ", words.subList(100, 100 + SourceOverlap.RUN)) + ", it said.";

        assertThat(SourceOverlap.fingerprints(copied)).containsAnyElementsOf(sourceFingerprints());
    }

    @Test
    void theFingerprintFileMatchesTheSourceDocument() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SOURCE), "the source document is not beside the repository");
        String expected = SourceFingerprints.render(Files.readString(SOURCE, StandardCharsets.UTF_8));

        assertThat(Files.readString(Path.of("src/test/resources/source-12-word-runs.txt"))).isEqualTo(expected);
    }
}
