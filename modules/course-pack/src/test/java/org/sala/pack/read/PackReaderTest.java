package org.sala.pack.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.engine.question.Choice;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.pack.Problem;
import org.sala.pack.discovery.PackDiscovery;
import org.sala.engine.question.Difficulty;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.pack.model.SectionRef;

class PackReaderTest {

    @TempDir
    Path dir;

    private static Pack classpathPack() {
        List<PackSource> sources = PackDiscovery.onClasspath(PackReaderTest.class.getClassLoader()).stream()
                .filter(source -> source.location().contains("test-classes")).toList();
        assertThat(sources).hasSize(1);
        ReadResult result = PackReader.read(sources.get(0));
        assertThat(result.problems()).isEmpty();
        return result.pack().orElseThrow();
    }

    @Test
    void readsMetadataLessonsAndQuizzesFromTheClasspath() {
        Pack pack = classpathPack();

        assertThat(pack.info().id()).isEqualTo("test-pack");
        assertThat(pack.info().title()).isEqualTo("Test Pack");
        assertThat(pack.info().version()).isEqualTo("1.0.0");
        assertThat(pack.lessons()).extracting(Lesson::id).containsExactly("rivers");
        assertThat(pack.quizzes()).extracting(Quiz::id).containsExactly("rivers-check");
    }

    @Test
    void aLessonKeepsItsFrontMatterAndItsHeadingsBecomeUniqueAnchors() {
        Lesson lesson = classpathPack().lesson("rivers").orElseThrow();

        assertThat(lesson.title()).isEqualTo("Rivers");
        assertThat(lesson.minutes()).isEqualTo(3);
        assertThat(lesson.objectives()).containsExactly("Name the river that floods the Tonle Sap.");
        assertThat(lesson.markdown()).startsWith("Rivers shape").doesNotContain("objectives:");
        assertThat(lesson.sections()).extracting(section -> section.anchor())
                .containsExactly("the-mekong", "tonle-sap-the-reversing-river", "the-mekong-2");
    }

    @Test
    void questionsBecomeEngineQuestionsWithTheirPointsCreditsAndFeedback() {
        Quiz quiz = classpathPack().quiz("rivers-check").orElseThrow();
        var first = quiz.questions().get(0);
        var question = (SingleChoiceQuestion) first.question();

        assertThat(question.points()).isEqualByComparingTo("2");
        assertThat(question.choices()).extracting(Choice::id).containsExactly("a", "b", "half");
        assertThat(question.choices()).extracting(Choice::credit)
                .containsExactly(BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("0.5"));
        assertThat(question.choice("b").orElseThrow().feedback()).startsWith("The Mekong drives");
        assertThat(question.generalFeedback()).startsWith("Each wet season");
        assertThat(first.difficulty()).isEqualTo(Difficulty.EASY);
        assertThat(first.taughtIn()).contains(new SectionRef("rivers", "tonle-sap-the-reversing-river"));
    }

    @Test
    void defaultsApplyWhereTheAuthorIsSilent() {
        var second = classpathPack().quiz("rivers-check").orElseThrow().questions().get(1);

        assertThat(second.question().points()).isEqualByComparingTo("1");
        assertThat(second.difficulty()).isEqualTo(Difficulty.MEDIUM);
        assertThat(second.taughtIn()).contains(new SectionRef("rivers", "the-mekong"));
    }

    @Test
    void everyProblemIsReportedAtOnceWithFileLineAndColumn() throws IOException {
        write("pack.yaml", """
                id: broken
                title: Broken
                version: 1
                lessons: [lessons/one.md, lessons/missing.md]
                quizzes: [quizzes/q.yaml]
                colour: blue
                """);
        write("lessons/one.md", """
                ---
                id: one
                title: One
                order: 1
                ---
                ## Start
                Text.
                """);
        write("quizzes/q.yaml", """
                id: q
                title: Q
                lesson: one
                questions:
                  - id: q1
                    type: essay
                    prompt: Why?
                    choices: []
                  - id: q2
                    section: nowhere
                    prompt: Which?
                    choices:
                      - text: A
                      - text: B
                  - id: q3
                    section: start
                    points: many
                    prompt: Which?
                    choices:
                      - text: A
                        correct: yes please
                      - text: B
                        credit: 2
                """);

        ReadResult result = PackReader.read(Sources.directory(dir));

        assertThat(result.pack()).isEmpty();
        assertThat(result.errors()).extracting(Problem::toString).containsExactly(
                "lessons/missing.md: the file is listed in pack.yaml but is not in the pack",
                "pack.yaml:6:1: unknown key 'colour' in the pack; known keys are authors, banks, description, id, language, lessons,"
                        + " licence, quizzes, title, version",
                "quizzes/q.yaml:6:11: unknown question type 'essay'; known types are single-choice, multiple-choice, true-false,"
                        + " short-answer, numeric, matching, ordering, cloze",
                "quizzes/q.yaml:10:14: lesson 'one' has no section 'nowhere'; its sections are start",
                "quizzes/q.yaml:13:7: question 'q2' has no right option (one with full credit)",
                "quizzes/q.yaml:17:13: 'points' of question 'q3' must be a number, not 'many'",
                "quizzes/q.yaml:21:18: 'correct' of option 1 must be true or false, not 'yes please'",
                "quizzes/q.yaml:23:17: credit 2 lies outside -1..1 (0 wrong, 0.5 half, 1 right, negative to take points away)");
    }

    @Test
    void malformedYamlIsAProblemNotAStackTrace() throws IOException {
        write("pack.yaml", """
                id: broken
                title: [unclosed
                version: 1
                """);

        ReadResult result = PackReader.read(Sources.directory(dir));

        assertThat(result.errors()).singleElement().asString()
                .startsWith("pack.yaml:3:").contains("not valid YAML");
    }

    @Test
    void aQuestionWithoutASectionIsAWarningNotAnError() throws IOException {
        write("pack.yaml", "id: p\ntitle: P\nversion: 1\nlessons: [l.md]\nquizzes: [q.yaml]\n");
        write("l.md", "---\nid: l\ntitle: L\norder: 1\n---\n## S\nText.\n");
        write("q.yaml", "id: q\ntitle: Q\nquestions:\n  - id: q1\n    prompt: P?\n    choices:\n      - text: A\n        correct: true\n      - text: B\n");

        ReadResult result = PackReader.read(Sources.directory(dir));

        assertThat(result.pack()).isPresent();
        assertThat(result.warnings()).extracting(Problem::toString).containsExactly(
                "l.md:1:1: warning: lesson 'l' has no question: no question names one of its sections",
                "q.yaml:4:9: warning: question 'q1' names no lesson section that teaches it (add 'section: <anchor>')");
    }

    @Test
    void aLessonWithoutFrontMatterIsRefusedWithItsFileAndLine() throws IOException {
        write("pack.yaml", "id: p\ntitle: P\nversion: 1\nlessons: [l.md]\n");
        write("l.md", "# Just text\n");

        ReadResult result = PackReader.read(Sources.directory(dir));

        assertThat(result.errors()).singleElement().asString().startsWith("l.md:1:1: a lesson starts with front matter");
    }

    @Test
    void pathsThatLeaveThePackAreRefused() throws IOException {
        write("pack.yaml", "id: p\ntitle: P\nversion: 1\nlessons: [../outside.md, /etc/passwd]\n");
        Files.writeString(dir.getParent().resolve("outside.md"), "---\nid: x\ntitle: X\norder: 1\n---\ntext\n");

        ReadResult result = PackReader.read(Sources.directory(dir));

        assertThat(result.errors()).extracting(Problem::message)
                .anySatisfy(message -> assertThat(message).contains("leaves the pack"))
                .anySatisfy(message -> assertThat(message).contains("is not a relative path"));
    }

    @Test
    void oversizedFilesAreRefused() throws IOException {
        write("pack.yaml", "id: p\ntitle: P\nversion: 1\nlessons: [big.md]\n");
        write("big.md", "---\nid: big\ntitle: Big\norder: 1\n---\n" + "x".repeat(PackSource.MAX_FILE_BYTES));

        ReadResult result = PackReader.read(Sources.directory(dir));

        assertThat(result.errors()).extracting(Problem::message).anySatisfy(message -> assertThat(message).contains("larger than"));
    }

    @Test
    void anchorsKeepKhmerAndDropPunctuation() {
        assertThat(Anchors.slug("Partner forums: ARF, ASEM and dialogue partners"))
                .isEqualTo("partner-forums-arf-asem-and-dialogue-partners");
        assertThat(Anchors.slug("សាលា and ASEAN")).isEqualTo("សាលា-and-asean");
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
