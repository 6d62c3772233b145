package org.sala.engine.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SingleChoiceQuestionTest {

    private static SingleChoiceQuestion question(BigDecimal points, List<Choice> choices) {
        return new SingleChoiceQuestion("q1", "Which?", points, choices, null);
    }

    @Test
    void aQuestionWithoutARightOptionCannotBeBuilt() {
        assertThatThrownBy(() -> question(BigDecimal.ONE, List.of(Choice.wrong("a", "A", ""), Choice.wrong("b", "B", ""))))
                .hasMessageContaining("no right option");
    }

    @Test
    void aQuestionNeedsTwoOptions() {
        assertThatThrownBy(() -> question(BigDecimal.ONE, List.of(Choice.right("a", "A", ""))))
                .hasMessageContaining("at least 2");
    }

    @Test
    void optionIdsAreUniqueWithinAQuestion() {
        assertThatThrownBy(() -> question(BigDecimal.ONE, List.of(Choice.right("a", "A", ""), Choice.wrong("a", "B", ""))))
                .hasMessageContaining("two options with id 'a'");
    }

    @Test
    void pointsArePositive() {
        assertThatThrownBy(() -> question(BigDecimal.ZERO, List.of(Choice.right("a", "A", ""), Choice.wrong("b", "B", ""))))
                .hasMessageContaining("points must be positive");
    }

    @Test
    void creditLiesBetweenZeroAndOne() {
        assertThatThrownBy(() -> new Choice("a", "A", new BigDecimal("1.5"), ""))
                .hasMessageContaining("between 0 and 1");
    }

    @Test
    void optionsCannotBeChangedAfterBuilding() {
        var options = new ArrayList<>(List.of(Choice.right("a", "A", ""), Choice.wrong("b", "B", "")));
        SingleChoiceQuestion question = question(BigDecimal.ONE, options);
        options.add(Choice.wrong("c", "C", ""));

        assertThat(question.choices()).hasSize(2);
        assertThatThrownBy(() -> question.choices().add(Choice.wrong("d", "D", "")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void missingFeedbackIsEmptyNotNull() {
        SingleChoiceQuestion question = question(BigDecimal.ONE, List.of(Choice.right("a", "A", null), Choice.wrong("b", "B", null)));

        assertThat(question.generalFeedback()).isEmpty();
        assertThat(question.choices()).allSatisfy(choice -> assertThat(choice.feedback()).isEmpty());
    }
}
