package org.sala.pack.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.read.PackFiles;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.ReadResult;
import org.sala.pack.read.Sources;
import org.sala.pack.write.BankWriter;

/** Question changes applied to the files of the example pack, read back by the pack reader. */
class PackEditsTest {

    private static Map<String, String> files() throws Exception {
        Path root = Path.of(PackEditsTest.class.getResource("/packs/every-type/pack.yaml").toURI()).getParent();
        return PackFiles.read(Sources.directory(root));
    }

    private static ReadResult read(Map<String, String> files) {
        return PackReader.read(Sources.memory("edited", files));
    }

    @Test
    void allListedFilesAreRead() throws Exception {
        assertThat(files()).containsOnlyKeys("pack.yaml", "lessons/asean.md", "banks/asean.yaml", "quizzes/practice.yaml",
                "quizzes/exam.yaml");
    }

    @Test
    void aChangedQuestionKeepsItsPlaceAndTheOthersKeepEveryKey() throws Exception {
        Map<String, String> files = files();
        Pack before = read(files).pack().orElseThrow();
        PackQuestion question = before.question("entry-year-choice").orElseThrow();
        String text = BankWriter.writeQuestion(question).replace("When did Cambodia join ASEAN?", "In which year did Cambodia join ASEAN?");

        PackEdits.Result result = PackEdits.apply(files, List.of(new QuestionChange("entry-year-choice", "asean-bank", Optional.of(text))));

        assertThat(result.refusals()).isEmpty();
        assertThat(result.version()).isEqualTo("1.2.0-edit.1");
        ReadResult after = read(result.files());
        assertThat(after.errors()).isEmpty();
        Pack pack = after.pack().orElseThrow();
        assertThat(pack.info().version()).isEqualTo("1.2.0-edit.1");
        assertThat(pack.banks().get(0).questions()).extracting(PackQuestion::id)
                .isEqualTo(before.banks().get(0).questions().stream().map(PackQuestion::id).toList());
        assertThat(pack.question("entry-year-choice").orElseThrow().question().prompt()).isEqualTo("In which year did Cambodia join ASEAN?");
        for (PackQuestion other : before.questions()) {
            if (!other.id().equals("entry-year-choice")) {
                assertThat(pack.question(other.id())).as(other.id()).contains(other);
            }
        }
        assertThat(result.files().get("pack.yaml")).startsWith("# A small pack").contains("version: 1.2.0-edit.1\n");
        assertThat(result.files().get("lessons/asean.md")).isEqualTo(files.get("lessons/asean.md"));
    }

    @Test
    void aNewQuestionIsAddedAtTheEndAndARetiredOneLeaves() throws Exception {
        Map<String, String> files = files();
        String added = """
                id: tenth-member-again
                type: true-false
                section: asean#joining-in-1999
                prompt: Cambodia was the tenth member of ASEAN.
                answer: true
                """;

        PackEdits.Result result = PackEdits.apply(files, List.of(
                new QuestionChange("tenth-member-again", "asean-bank", Optional.of(added)),
                new QuestionChange("forum-years", "asean-bank", Optional.empty())));

        Pack pack = read(result.files()).pack().orElseThrow();
        List<PackQuestion> questions = pack.banks().get(0).questions();
        assertThat(questions.get(questions.size() - 1).id()).isEqualTo("tenth-member-again");
        assertThat(pack.question("forum-years")).isEmpty();
    }

    @Test
    void aRetiredQuestionThatAQuizStillIncludesIsAnErrorOfThePackNotOfTheEdit() throws Exception {
        Map<String, String> files = files();
        String included = "tenth-member";
        assertThat(files.get("quizzes/practice.yaml")).contains("include: [entry-year-choice, forums, tenth-member]");

        PackEdits.Result result = PackEdits.apply(files, List.of(new QuestionChange(included, "asean-bank", Optional.empty())));

        assertThat(result.applied()).isTrue();
        assertThat(read(result.files()).errors()).isNotEmpty()
                .anySatisfy(problem -> assertThat(problem.toString()).contains(included));
    }

    @Test
    void anUnknownBankOrBrokenTextIsRefusedInOneLine() throws Exception {
        PackEdits.Result result = PackEdits.apply(files(), List.of(
                new QuestionChange("entry-year-choice", "no-bank", Optional.of("id: x\n")),
                new QuestionChange("forums", "asean-bank", Optional.of("prompt: [unclosed\n"))));

        assertThat(result.refusals()).hasSize(2);
        assertThat(result.refusals().get(0)).contains("no bank 'no-bank'");
        assertThat(result.refusals().get(1)).contains("question 'forums' is not YAML");
    }

    @Test
    void versionsAreRaisedAsEdits() {
        assertThat(PackEdits.nextVersion("0.3.0")).isEqualTo("0.3.0-edit.1");
        assertThat(PackEdits.nextVersion("0.3.0-edit.9")).isEqualTo("0.3.0-edit.10");
    }

    @Test
    void aSingleQuestionIsCheckedWithThePackReadersMessagesAndLines() throws Exception {
        Pack pack = read(files()).pack().orElseThrow();
        var lessons = new java.util.LinkedHashMap<String, org.sala.pack.model.Lesson>();
        pack.lessons().forEach(lesson -> lessons.put(lesson.id(), lesson));

        var checked = org.sala.pack.read.QuestionText.check("""
                id: q1
                type: single-choice
                section: asean#no-such-heading
                prompt: Which?
                choices:
                  - text: A
                    correct: true
                  - text: B
                """, lessons, Optional.empty());

        assertThat(checked.question()).isEmpty();
        assertThat(checked.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("lesson 'asean' has no section 'no-such-heading'");
        });
        assertThat(org.sala.pack.read.QuestionText.check(BankWriter.writeQuestion(pack.question("forums").orElseThrow()), lessons,
                Optional.empty()).question()).get().extracting(PackQuestion::question).isNotInstanceOf(SingleChoiceQuestion.class);
    }
}
