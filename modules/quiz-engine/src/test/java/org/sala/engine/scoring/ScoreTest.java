package org.sala.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void scoresAreEqualByValueWhateverTheirScale() {
        assertThat(Score.of("1.0", "2.00")).isEqualTo(Score.of("1", "2"));
        assertThat(Score.of("10", "20").earned().toPlainString()).isEqualTo("10");
    }

    @Test
    void earnedLiesBetweenMinusPossibleAndPossible() {
        assertThatThrownBy(() -> Score.of("3", "2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.of("-2.5", "2")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Score.of("-2", "2").fraction()).isEqualByComparingTo("-1");
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
    void percentOfNothingPossibleIsZero() {
        assertThat(Score.NONE.percent(0)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(Score.NONE.isFull()).isFalse();
    }
}
