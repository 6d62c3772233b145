package org.sala.engine.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.sala.engine.Decimals;

/**
 * Marks earned out of marks possible, exact. Invariant: {@code 0 <= earned <= possible}. Amounts are
 * kept in one canonical form, so scores are equal by value (1.0 out of 2 equals 1 out of 2.00).
 */
public record Score(BigDecimal earned, BigDecimal possible) {

    public static final Score NONE = new Score(BigDecimal.ZERO, BigDecimal.ZERO);

    public Score {
        Objects.requireNonNull(earned, "earned");
        Objects.requireNonNull(possible, "possible");
        if (possible.signum() < 0) {
            throw new IllegalArgumentException("possible marks " + possible.toPlainString() + " are negative");
        }
        if (earned.signum() < 0 || earned.compareTo(possible) > 0) {
            throw new IllegalArgumentException("earned marks " + earned.toPlainString()
                    + " lie outside 0.." + possible.toPlainString());
        }
        earned = Decimals.canonical(earned);
        possible = Decimals.canonical(possible);
    }

    public static Score of(String earned, String possible) {
        return new Score(new BigDecimal(earned), new BigDecimal(possible));
    }

    public Score plus(Score other) {
        return new Score(earned.add(other.earned), possible.add(other.possible));
    }

    /** Earned as a percentage of possible, rounded half-up to {@code decimals} places; 0 when nothing was possible. */
    public BigDecimal percent(int decimals) {
        if (possible.signum() == 0) {
            return BigDecimal.ZERO.setScale(decimals);
        }
        return earned.multiply(BigDecimal.valueOf(100)).divide(possible, decimals, RoundingMode.HALF_UP);
    }

    public boolean isFull() {
        return earned.compareTo(possible) == 0;
    }
}
