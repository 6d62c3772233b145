package org.sala.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sala.pack.Problem;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.read.QuestionText;
import org.sala.pack.write.BankWriter;
import org.sala.web.content.PackCatalog;

/** The editing form holds every key of every question type: a question taken into the form and out again is the same question. */
class QuestionFieldsTest {

    private static final Pack COURSE = PackCatalog.loaded().pack("cambodian-foreign-policy").orElseThrow();

    private static QuestionText.Checked check(String text) {
        var lessons = new LinkedHashMap<String, Lesson>();
        COURSE.lessons().forEach(lesson -> lessons.put(lesson.id(), lesson));
        return QuestionText.check(text, lessons, Optional.empty());
    }

    @Test
    void everyQuestionOfTheCourseComesBackFromTheFormUnchanged() {
        assertThat(COURSE.questions().stream().map(question -> BankWriter.type(question.question())).collect(Collectors.toSet()))
                .as("the course has a question of every type").hasSize(QuestionFields.types().size());
        for (PackQuestion question : COURSE.questions()) {
            String text = QuestionFields.of(BankWriter.writeQuestion(question)).text();

            QuestionText.Checked checked = check(text);

            assertThat(checked.problems()).as(question.id() + ":\n" + text)
                    .noneMatch(problem -> problem.severity() == Problem.Severity.ERROR);
            assertThat(checked.question()).as(question.id()).contains(question);
        }
    }

    @Test
    void aChangedFieldChangesTheQuestionAndBlankRowsAreLeftOut() {
        PackQuestion question = COURSE.questions().stream().filter(found -> BankWriter.type(found.question()).equals("single-choice"))
                .findFirst().orElseThrow();
        QuestionFields fields = QuestionFields.of(BankWriter.writeQuestion(question));
        assertThat(fields.getRows().get("choices")).hasSize(
                ((org.sala.engine.question.SingleChoiceQuestion) question.question()).choices().size() + Form.BLANK_ROWS);

        fields.getValues().put("prompt", "A new wording?");
        fields.getValues().put("difficulty", "hard");

        PackQuestion changed = check(fields.text()).question().orElseThrow();
        assertThat(changed.question().prompt()).isEqualTo("A new wording?");
        assertThat(changed.difficulty()).isEqualTo(org.sala.engine.question.Difficulty.HARD);
        assertThat(changed.question().points()).isEqualTo(question.question().points());
    }

    @Test
    void aProblemIsPlacedAtTheFieldOrRowItIsAbout() {
        QuestionFields fields = QuestionFields.of("id: q\ntype: single-choice\n");
        fields.getValues().put("points", "many");
        fields.getValues().put("prompt", "Which?");
        fields.getRows().get("choices").get(1).getCells().put("text", "Only option");
        fields.getRows().get("choices").get(1).getCells().put("credit", "2");
        String text = fields.text();

        var problems = check(text).problems().stream().filter(problem -> problem.severity() == Problem.Severity.ERROR).toList();

        assertThat(problems).isNotEmpty();
        assertThat(problems).extracting(problem -> fields.inputOf(problem, text).orElse("(question)"))
                .as(text + problems).contains("points");
        assertThat(problems).extracting(problem -> fields.inputOf(problem, text).orElse("(question)"))
                .as(text + problems).anyMatch(input -> input.equals("choices:1") || input.equals("(question)"));
    }

    @Test
    void changingTheTypeOffersTheNewTypesFields() {
        QuestionFields fields = QuestionFields.of("id: q\ntype: single-choice\nprompt: Which?\n");
        fields.setType("numeric");
        fields.getRows().get("answers").get(0).getCells().put("value", "1999");

        PackQuestion numeric = check(fields.text()).question().orElseThrow();

        assertThat(BankWriter.type(numeric.question())).isEqualTo("numeric");
        assertThat(fields.lists()).extracting(Form.Rows::key).containsExactly("answers", "units");
    }
}
