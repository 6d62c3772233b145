package org.sala.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FsrsParametersTest {

    private static List<Double> defaultWeightsWith(int index, double value) {
        var weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        weights.set(index, value);
        return weights;
    }

    @Test
    void theDefaultsAreThePublishedFsrs45Weights() {
        FsrsParameters defaults = FsrsParameters.defaults();

        assertThat(defaults.weights()).containsExactly(0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031,
                1.6474, 0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755);
        assertThat(defaults.desiredRetention()).isEqualTo(0.9);
        assertThat(defaults.maximumIntervalDays()).isEqualTo(36_500);
    }

    @Test
    void thereAreExactlySeventeenWeights() {
        assertThatThrownBy(() -> new FsrsParameters(FsrsParameters.DEFAULT_WEIGHTS.subList(0, 16), 0.9, 365))
                .hasMessageContaining("17 weights, not 16");
    }

    @Test
    void initialStabilitiesArePositive() {
        assertThatThrownBy(() -> new FsrsParameters(defaultWeightsWith(2, 0), 0.9, 365))
                .hasMessageContaining("w2").hasMessageContaining("GOOD");
    }

    @Test
    void weightsAreFiniteNumbers() {
        assertThatThrownBy(() -> new FsrsParameters(defaultWeightsWith(9, Double.NaN), 0.9, 365))
                .hasMessageContaining("w9");
    }

    @Test
    void theMeanReversionWeightIsAShare() {
        assertThatThrownBy(() -> new FsrsParameters(defaultWeightsWith(7, 1.5), 0.9, 365)).hasMessageContaining("w7");
    }

    @Test
    void desiredRetentionLiesBetweenSeventyAndNinetyNinePercent() {
        assertThatThrownBy(() -> FsrsParameters.defaults().withDesiredRetention(0.5)).hasMessageContaining("0.7..0.99");
        assertThatThrownBy(() -> FsrsParameters.defaults().withDesiredRetention(1)).hasMessageContaining("0.7..0.99");
        assertThat(FsrsParameters.defaults().withDesiredRetention(0.7).desiredRetention()).isEqualTo(0.7);
        assertThat(FsrsParameters.defaults().withDesiredRetention(0.99).desiredRetention()).isEqualTo(0.99);
    }

    @Test
    void theMaximumIntervalIsAtLeastADay() {
        assertThatThrownBy(() -> FsrsParameters.defaults().withMaximumIntervalDays(0)).hasMessageContaining("at least 1");
    }

    @Test
    void weightsCannotBeChangedAfterBuilding() {
        var weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        FsrsParameters parameters = new FsrsParameters(weights, 0.9, 365);
        weights.set(0, 99.0);

        assertThat(parameters.weight(0)).isEqualTo(0.4872);
        assertThatThrownBy(() -> parameters.weights().set(0, 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMemoryStateKeepsDifficultyWithinOneToTenAndStabilityPositive() {
        assertThatThrownBy(() -> new MemoryState(0.5, 1)).hasMessageContaining("outside 1..10");
        assertThatThrownBy(() -> new MemoryState(5, 0)).hasMessageContaining("not a positive number");
    }
}
