package org.sala.pack.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.sala.pack.model.Bank;
import org.sala.pack.model.Pack;
import org.sala.pack.read.PackFiles;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.ReadResult;
import org.sala.pack.read.Sources;

/** The canonical layout of pack files: what it changes, what it keeps, and that it never changes what a pack says. */
class PackFormatTest {

    private static final Path COURSE = Path.of("../../course-content/cambodian-foreign-policy/src/main/resources/META-INF/sala");

    static Stream<Path> packs() throws URISyntaxException {
        return Stream.of(COURSE, Path.of(PackFormatTest.class.getResource("/packs/every-type/pack.yaml").toURI()).getParent());
    }

    @ParameterizedTest
    @MethodSource("packs")
    void formattingAPackChangesNothingItSaysAndFormattingAgainChangesNothing(Path root) throws IOException {
        Map<String, String> files = PackFiles.read(Sources.directory(root));
        var formatted = new LinkedHashMap<String, String>();
        files.forEach((path, text) -> {
            PackFormat.Formatted once = PackFormat.file(path, text);
            assertThat(once.problem()).as(path).isEmpty();
            assertThat(PackFormat.file(path, once.text()).text()).as(path + " formatted twice").isEqualTo(once.text());
            formatted.put(path, once.text());
        });

        Pack before = PackReader.read(Sources.memory("before", files)).pack().orElseThrow();
        ReadResult after = PackReader.read(Sources.memory("after", formatted));
        assertThat(after.errors()).isEmpty();
        assertThat(after.pack().orElseThrow().questions()).isEqualTo(before.questions());
        assertThat(after.pack().orElseThrow().quizzes()).isEqualTo(before.quizzes());
        assertThat(after.pack().orElseThrow().lessons()).isEqualTo(before.lessons());
    }

    @Test
    void theCanonicalLayoutIsBlockStylePlainScalarsShortListsOnOneLineAndKeepsComments() {
        String written = "id:   capital-bank\r\n"
                + "title: \"Capital\"\r\n"
                + "\r\n\r\n\r\n"
                + "# The questions of the first lesson\r\n"
                + "questions:\r\n"
                + "  - {id: capital-city, type: short-answer, tags: ['geography', \"cities\"]}\r\n"
                + "\r\n"
                + "  # asked in the exam too\r\n"
                + "  - id: \"oudong\"\r\n"
                + "    type: true-false\r\n"
                + "    answer: yes\r\n"
                + "    prompt: 'Oudong was a capital: before 1866?'\r\n"
                + "    feedback: \"Line one.\\nLine two.\"\r\n"
                + "    version: \"1.0\"\r\n";

        PackFormat.Formatted formatted = PackFormat.yaml("banks/capital.yaml", written);

        assertThat(formatted.problem()).isEmpty();
        assertThat(formatted.text()).isEqualTo("""
                id: capital-bank
                title: Capital

                # The questions of the first lesson
                questions:
                  - id: capital-city
                    type: short-answer
                    tags: [geography, cities]

                  # asked in the exam too
                  - id: oudong
                    type: true-false
                    answer: yes
                    prompt: 'Oudong was a capital: before 1866?'
                    feedback: |-
                      Line one.
                      Line two.
                    version: '1.0'
                """);
    }

    @Test
    void aLessonsFrontMatterIsFormattedAndItsMarkdownKeptButForLineEndingsAndTrailingBlankLines() {
        String written = "---\r\nid: capital\r\ntitle: \"The capital\"\r\nobjectives: [\"Name it\"]\r\n---\r\n## On the Mekong  \r\n\r\nText.\r\n\r\n\r\n";

        assertThat(PackFormat.lesson("lessons/capital.md", written).text())
                .isEqualTo("---\nid: capital\ntitle: The capital\nobjectives: [Name it]\n---\n## On the Mekong  \n\nText.\n");
    }

    @Test
    void aFileThatIsNotYamlIsLeftAsWrittenWithItsLine() {
        String broken = "id: x\nquestions:\n  - id: a\n   prompt: [unclosed\n";

        PackFormat.Formatted formatted = PackFormat.yaml("banks/broken.yaml", broken);

        assertThat(formatted.text()).isEqualTo(broken);
        assertThat(formatted.problem()).hasValueSatisfying(problem -> {
            assertThat(problem.file()).isEqualTo("banks/broken.yaml");
            assertThat(problem.line()).isBetween(3, 5);
            assertThat(problem.message()).startsWith("is not YAML");
        });
        assertThat(PackFormat.lesson("lessons/x.md", "no front matter\n").problem()).isPresent();
    }

    @Test
    void whatTheBankWriterWritesBecomesCanonicalWithListsOfValuesOnOneLineOnly() {
        Pack course = PackReader.read(Sources.directory(COURSE)).pack().orElseThrow();
        for (Bank bank : course.banks()) {
            String text = BankWriter.write(bank.id(), bank.title(), bank.questions());
            String canonical = PackFormat.yaml(bank.id(), text).text();
            assertThat(canonical.replaceAll("\\s+", " ")).as(bank.id()).doesNotContain("tags: - ");
            assertThat(PackFormat.yaml(bank.id(), canonical).text()).isEqualTo(canonical);
            assertThat(new org.yaml.snakeyaml.Yaml().load(canonical).equals(new org.yaml.snakeyaml.Yaml().load(text))).isTrue();
        }
    }
}
