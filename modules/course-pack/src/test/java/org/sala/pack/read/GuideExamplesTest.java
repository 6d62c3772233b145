package org.sala.pack.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The instructors' guide (course-content/README.md) shows the example pack's files whole; the example
 * pack is validated by {@link EveryTypePackTest}. This keeps the guide and a valid pack the same text.
 */
class GuideExamplesTest {

    private static final Path GUIDE = Path.of("../../course-content/README.md");

    @Test
    void theGuideShowsEveryFileOfTheValidatedExamplePack() throws IOException, URISyntaxException {
        String guide = Files.readString(GUIDE);
        Path root = Path.of(GuideExamplesTest.class.getResource("/packs/every-type/pack.yaml").toURI()).getParent();

        for (String file : List.of("pack.yaml", "lessons/asean.md", "banks/asean.yaml", "quizzes/practice.yaml", "quizzes/exam.yaml")) {
            assertThat(guide).as(file).contains(Files.readString(root.resolve(file)));
        }
    }
}
