package org.sala.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ForgettingCurveTest {

    @Test
    void recallIsNinetyPercentWhenTheElapsedTimeEqualsTheStability() {
        // (1 + 19/81 * S/S)^-0.5 = (100/81)^-0.5 = 9/10.
        for (double stability : new double[] {0.3, 1, 3.7145, 42, 3650}) {
            assertThat(ForgettingCurve.retrievability(stability, stability)).isCloseTo(0.9, within(1e-12));
        }
    }

    @Test
    void recallIsCertainRightAfterAReviewAndFallsWithTime() {
        assertThat(ForgettingCurve.retrievability(0, 5)).isEqualTo(1.0);
        assertThat(ForgettingCurve.retrievability(-2, 5)).isEqualTo(1.0);
        assertThat(ForgettingCurve.retrievability(1, 5)).isGreaterThan(ForgettingCurve.retrievability(2, 5));
        // t = 81/19 * S * 3 gives (1 + 3)^-0.5 = 0.5.
        assertThat(ForgettingCurve.retrievability(81.0 / 19 * 10 * 3, 10)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void theIntervalForNinetyPercentIsTheStability() {
        // I(0.9, S) = S / (19/81) * (0.9^-2 - 1) = S * 81/19 * 19/81 = S.
        assertThat(ForgettingCurve.daysUntil(0.9, 3.7145)).isCloseTo(3.7145, within(1e-12));
    }

    @Test
    void aLowerRetentionAllowsALongerInterval() {
        // I(0.8, 10) = 10 * 81/19 * (1/0.64 - 1) = 10 * 81/19 * 0.5625 = 23.98026...
        assertThat(ForgettingCurve.daysUntil(0.8, 10)).isCloseTo(455.625 / 19, within(1e-9));
        // I(0.95, 10) = 10 * 81/19 * (1/0.9025 - 1) = 4.60562...
        assertThat(ForgettingCurve.daysUntil(0.95, 10)).isCloseTo(4.6056276, within(1e-7));
    }

    @Test
    void theIntervalSolvesTheForgettingCurve() {
        double days = ForgettingCurve.daysUntil(0.83, 12.5);

        assertThat(ForgettingCurve.retrievability(days, 12.5)).isCloseTo(0.83, within(1e-12));
    }

    @Test
    void daysBetweenInstantsKeepFractions() {
        Instant start = Instant.parse("2025-03-01T08:00:00Z");

        assertThat(ForgettingCurve.daysBetween(start, Instant.parse("2025-03-02T20:00:00Z"))).isEqualTo(1.5);
        assertThat(ForgettingCurve.daysBetween(start, Instant.parse("2025-02-28T08:00:00Z"))).isEqualTo(-1.0);
    }
}
