package org.sala.pack.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sala.pack.Problem;

/**
 * Broken input of every kind an instructor (or an attacker) can produce: each one is refused with a
 * problem that names the file, and none of them escapes as an exception.
 */
class MalformedInputCorpusTest {

    private static final String MANIFEST = "id: p\ntitle: P\nversion: 1\nlessons: [l.md]\nquizzes: [q.yaml]\n";
    private static final String LESSON = "---\nid: l\ntitle: L\norder: 1\n---\n## S\nText.\n";

    @TempDir
    Path dir;

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("tab indentation", "pack.yaml", "id: p\ntitle: P\n\tversion: 1\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("unclosed quote", "q.yaml", "id: q\ntitle: \"Q\nquestions: []\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("duplicate key", "q.yaml", "id: q\nid: r\ntitle: Q\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("list where a mapping belongs", "q.yaml", "- id: q\n- title: Q\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("scalar document", "q.yaml", "just some words\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("empty file", "q.yaml", new byte[0]),
                Arguments.of("not UTF-8", "q.yaml", new byte[] {'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'}),
                Arguments.of("binary", "q.yaml", new byte[] {0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 0, 0}),
                Arguments.of("alias bomb", "q.yaml", ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                        + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("java type tag", "q.yaml", "id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n"
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("deep nesting", "q.yaml", ("id: q\ntitle: Q\nquestions: " + "[".repeat(200) + "]".repeat(200) + "\n")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("front matter never closed", "l.md", "---\nid: l\ntitle: L\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("front matter not YAML", "l.md", "---\nid: [l\n---\nText\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("question list of scalars", "q.yaml", "id: q\ntitle: Q\nquestions: [a, b]\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("choices as text", "q.yaml", "id: q\ntitle: Q\nquestions:\n  - id: x\n    prompt: P?\n    choices: none\n"
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("huge number", "q.yaml", ("id: q\ntitle: Q\nquestions:\n  - id: x\n    points: 1e999999999\n    prompt: P?\n"
                        + "    choices: [{text: A, correct: true}, {text: B}]\n").getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void brokenInputIsRefusedWithAProblemNamingTheFile(String what, String file, byte[] content) throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), MANIFEST);
        Files.writeString(dir.resolve("l.md"), LESSON);
        Files.writeString(dir.resolve("q.yaml"), "id: q\ntitle: Q\nquestions:\n  - id: ok\n    section: l#s\n    prompt: P?\n"
                + "    choices: [{text: A, correct: true}, {text: B}]\n");
        Files.write(dir.resolve(file), content);

        assertThatCode(() -> PackReader.read(Sources.directory(dir))).as(what).doesNotThrowAnyException();
        ReadResult result = PackReader.read(Sources.directory(dir));

        assertThat(result.pack()).as(what).isEmpty();
        assertThat(result.errors()).as(what).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isNotBlank();
            assertThat(problem.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        });
        assertThat(result.errors()).extracting(Problem::file).as(what).contains(file);
    }
}
