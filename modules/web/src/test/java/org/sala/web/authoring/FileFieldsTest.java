package org.sala.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sala.pack.model.Pack;
import org.sala.pack.read.PackFiles;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.ReadResult;
import org.sala.pack.read.Sources;
import org.sala.web.content.PackCatalog;

/** The quiz settings form and the lesson form hold every key: each file of the course, taken through its form, reads back the same. */
class FileFieldsTest {

    private static final PackCatalog CATALOG = PackCatalog.loaded();

    private static Map<String, String> throughForms(Map<String, String> files) throws Exception {
        var written = new LinkedHashMap<>(files);
        for (String path : PackFiles.listed(files.get("pack.yaml"), "quizzes")) {
            written.put(path, QuizFields.of(files.get(path)).text());
        }
        for (String path : PackFiles.listed(files.get("pack.yaml"), "lessons")) {
            written.put(path, LessonFields.of(files.get(path)).text());
        }
        return written;
    }

    private static void assertSamePack(Map<String, String> files) throws Exception {
        Pack before = PackReader.read(Sources.memory("files", files)).pack().orElseThrow();
        ReadResult after = PackReader.read(Sources.memory("through the forms", throughForms(files)));

        assertThat(after.errors()).isEmpty();
        Pack pack = after.pack().orElseThrow();
        assertThat(pack.quizzes()).isEqualTo(before.quizzes());
        assertThat(pack.lessons()).isEqualTo(before.lessons());
    }

    @Test
    void everyQuizAndLessonOfTheCourseComesBackFromItsFormUnchanged() throws Exception {
        Pack course = CATALOG.pack("cambodian-foreign-policy").orElseThrow();
        assertSamePack(CATALOG.files(course));
    }

    @Test
    void theExamplePackThatUsesEverySettingComesBackUnchangedToo() throws Exception {
        // The pack format's own example (modules/course-pack), which sets every quiz setting there is.
        Path root = Path.of("../course-pack/src/test/resources/packs/every-type");
        assertSamePack(PackFiles.read(Sources.directory(root)));
    }
}
