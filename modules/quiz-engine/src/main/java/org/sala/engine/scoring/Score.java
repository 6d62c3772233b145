package org.sala.engine.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.sala.engine.Decimals;

/**
 * Marks earned out of marks possible, exact. Invariant: {@code -possible <= earned <= possible}; earned is
 * negative only under negative marking. Amounts are kept in one canonical form, so scores are equal by
 * value (1.0 out of 2 equals 1 out of 2.00).
 */
public record Score(BigDecimal earned, BigDecimal possible) {

    public static final Score NONE = new Score(BigDecimal.ZERO, BigDecimal.ZERO);

    public Score {
        Objects.requireNonNull(earned, "earned");
        Objects.requireNonNull(possible, "possible");
        if (possible.signum() < 0) {
            throw new IllegalArgumentException("possible marks " + possible.toPlainString() + " are negative");
        }
        if (earned.compareTo(possible) > 0 || earned.compareTo(possible.negate()) < 0) {
            throw new IllegalArgumentException("earned marks " + earned.toPlainString()
                    + " lie outside -" + possible.toPlainString() + ".." + possible.toPlainString());
        }
        earned = Decimals.canonical(earned);
        possible = Decimals.canonical(possible);
    }

    public static Score of(String earned, String possible) {
        return new Score(new BigDecimal(earned), new BigDecimal(possible));
    }

    /** {@code fraction} (-1..1) of {@code points}, rounded once to {@link Decimals#SCALE} places if need be. */
    public static Score ofFraction(BigDecimal fraction, BigDecimal points) {
        return new Score(Decimals.clamp(Decimals.mark(points, fraction), points.negate(), points), points);
    }

    public Score plus(Score other) {
        return new Score(earned.add(other.earned), possible.add(other.possible));
    }

    /** Earned as a share of possible (-1..1); 0 when nothing was possible. */
    public BigDecimal fraction() {
        return possible.signum() == 0 ? BigDecimal.ZERO : Decimals.ratio(earned, possible);
    }

    /** Earned as a percentage of possible, rounded half-up to {@code decimals} places; 0 when nothing was possible. */
    public BigDecimal percent(int decimals) {
        if (possible.signum() == 0) {
            return BigDecimal.ZERO.setScale(decimals);
        }
        return earned.multiply(BigDecimal.valueOf(100)).divide(possible, decimals, RoundingMode.HALF_UP);
    }

    public boolean isFull() {
        return possible.signum() > 0 && earned.compareTo(possible) == 0;
    }
}
