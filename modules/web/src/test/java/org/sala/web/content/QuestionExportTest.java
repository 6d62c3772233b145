package org.sala.web.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sala.engine.assembly.Slot;
import org.sala.pack.formats.QuestionFormats;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;

/** Downloading the questions of a course, a bank or a quiz in another platform's format. */
class QuestionExportTest {

    private static final PackCatalog CATALOG = PackCatalog.loaded();
    private static final Pack COURSE = CATALOG.pack("cambodian-foreign-policy").orElseThrow();

    private final QuestionExport export = exporter();

    private static QuestionExport exporter() {
        QuestionExport export = new QuestionExport();
        export.catalog = CATALOG;
        return export;
    }

    private static Set<String> ids(QuestionExport.Download download) {
        return QuestionFormats.named("moodle-xml").read(download.fileName(), download.content()).questions().stream()
                .map(ImportedQuestion::id).collect(Collectors.toSet());
    }

    @Test
    void aQuizWithFixedQuestionsGivesExactlyThoseFiledUnderTheirBanks() {
        Quiz practice = COURSE.quizzes().stream().filter(quiz -> quiz.blueprint().slots().stream().allMatch(Slot.Fixed.class::isInstance))
                .findFirst().orElseThrow();

        QuestionExport.Download download = export.exportQuiz(COURSE.id(), practice.id(), "moodle-xml").orElseThrow();

        assertThat(download.fileName()).isEqualTo(COURSE.id() + "-" + practice.id() + ".xml");
        assertThat(ids(download)).isEqualTo(practice.questions().stream().map(question -> question.id()).collect(Collectors.toSet()));
        assertThat(QuestionFormats.named("moodle-xml").read("x.xml", download.content()).questions())
                .allSatisfy(question -> assertThat(question.category()).isNotEqualTo(practice.id()));
    }

    @Test
    void aQuizThatDrawsGivesEveryQuestionItsDrawsCanPick() {
        Quiz exam = COURSE.quiz("final-exam").orElseThrow();
        Set<String> drawable = COURSE.questions().stream().filter(question -> exam.blueprint().slots().stream()
                        .anyMatch(slot -> slot instanceof Slot.Draw draw && question.tags().containsAll(draw.tags())
                                && draw.difficulty().map(question.difficulty()::equals).orElse(true)))
                .map(question -> question.id()).collect(Collectors.toSet());
        assertThat(drawable).hasSizeGreaterThan(30);

        assertThat(ids(export.exportQuiz(COURSE.id(), exam.id(), "moodle-xml").orElseThrow())).isEqualTo(drawable);
    }

    @Test
    void anUnknownQuizIsNothingAndAnUnknownFormatNamesTheKnownOnes() {
        assertThat(export.exportQuiz(COURSE.id(), "no-such-quiz", "gift")).isEmpty();
        assertThat(export.exportQuiz("no-such-course", "final-exam", "gift")).isEmpty();
        assertThatThrownBy(() -> export.exportQuiz(COURSE.id(), "final-exam", "docx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gift");
    }
}
