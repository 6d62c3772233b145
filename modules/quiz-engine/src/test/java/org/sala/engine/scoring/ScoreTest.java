package org.sala.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void scoresAreEqualByValueWhateverTheirScale() {
        assertThat(Score.of("1.0", "2.00")).isEqualTo(Score.of("1", "2"));
        assertThat(Score.of("10", "20").earned().toPlainString()).isEqualTo("10");
    }

    @Test
    void earnedCanNeverExceedPossibleNorGoBelowZero() {
        assertThatThrownBy(() -> Score.of("3", "2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.of("-0.5", "2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addingTenthsIsExact() {
        Score sum = Score.NONE;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Score.of("0.1", "0.1"));
        }
        assertThat(sum).isEqualTo(Score.of("1", "1"));
    }

    @Test
    void aQuizTotalCannotBeGivenOtherThanTheSum() {
        var part = new QuestionGrade("q", new org.sala.engine.response.Response.SelectedChoice("a"),
                Score.of("1", "1"), Correctness.CORRECT, "");

        assertThatThrownBy(() -> new QuizGrade(List.of(part), Score.of("2", "2")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new QuizGrade(List.of(part), null).total()).isEqualTo(Score.of("1", "1"));
    }

    @Test
    void percentOfNothingPossibleIsZero() {
        assertThat(Score.NONE.percent(0)).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
