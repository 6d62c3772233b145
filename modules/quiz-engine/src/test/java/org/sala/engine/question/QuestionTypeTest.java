package org.sala.engine.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sala.engine.Questions;

class QuestionTypeTest {

    @Test
    void eachTypeHasItsOwnLabelThatReadsBack() {
        for (QuestionType type : QuestionType.values()) {
            assertThat(QuestionType.fromLabel(type.label())).contains(type);
        }
        assertThat(QuestionType.labels()).doesNotHaveDuplicates().hasSize(8).startsWith("single-choice");
        assertThat(QuestionType.fromLabel("essay")).isEmpty();
    }

    @Test
    void everyKindOfQuestionHasItsType() {
        List<Question> questions = List.of(Questions.aseanEntry(), Questions.joined());
        assertThat(questions).extracting(QuestionType::of).containsExactly(QuestionType.SINGLE_CHOICE, QuestionType.CLOZE);
        assertThat(Arrays.stream(Question.class.getPermittedSubclasses()).map(Class::getSimpleName))
                .as("one type per permitted question class").hasSize(QuestionType.values().length);
    }
}
