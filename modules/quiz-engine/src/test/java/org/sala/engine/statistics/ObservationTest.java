package org.sala.engine.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObservationTest {

    @Test
    void possibleMarksArePositive() {
        assertThatThrownBy(() -> ItemObservation.of("q1", "0", "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("q1").hasMessageContaining("must be positive");
    }

    @Test
    void earnedMarksLieBetweenZeroAndPossible() {
        assertThatThrownBy(() -> ItemObservation.of("q1", "3", "2")).hasMessageContaining("outside 0..2");
        assertThatThrownBy(() -> ItemObservation.of("q1", "-1", "2")).hasMessageContaining("outside 0..2");
    }

    @Test
    void observationsAreEqualByValueWhateverTheScale() {
        assertThat(ItemObservation.of("q1", "1.0", "2.00")).isEqualTo(ItemObservation.of("q1", "1", "2"));
    }

    @Test
    void chosenOptionsCannotBeChangedAfterBuilding() {
        var options = new HashSet<>(Set.of("a"));
        var observation = new ItemObservation("q1", BigDecimal.ONE, BigDecimal.ONE, options);
        options.add("b");

        assertThat(observation.chosenOptions()).containsExactly("a");
        assertThat(new ItemObservation("q1", BigDecimal.ZERO, BigDecimal.ONE, null).chosenOptions()).isEmpty();
    }

    @Test
    void anAttemptHoldsEachQuestionOnce() {
        assertThatThrownBy(() -> AttemptObservation.of(ItemObservation.of("q1", "1", "1"), ItemObservation.of("q1", "0", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'q1' appears twice");
    }

    @Test
    void anAttemptHoldsAtLeastOneQuestion() {
        assertThatThrownBy(() -> new AttemptObservation(List.of())).hasMessageContaining("at least one question");
    }

    @Test
    void anAttemptsPercentIsOfItsOwnPossibleTotal() {
        var attempt = AttemptObservation.of(ItemObservation.of("q1", "1", "2"), ItemObservation.of("q2", "3", "3"));

        // 4 of 5 = 80%.
        assertThat(attempt.percent()).isEqualTo(80.0);
    }
}
