package org.sala.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact amounts (points, credits, marks). Sums and products of decimals are exact. A quotient that does
 * not terminate (one item of three in place) is rounded half-even to {@value #SCALE} decimal places, the
 * precision Moodle stores marks with; every mark is rounded once, where it is made, so totals are exact
 * sums of the marks shown. Amounts are kept in one canonical form, so records holding them are equal by
 * value.
 */
public final class Decimals {

    /** Decimal places kept where a quotient does not terminate. */
    public static final int SCALE = 7;

    private Decimals() {
    }

    /** 1.0, 1.00 and 1 all become 1; 10 stays 10 (never 1E+1). */
    public static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** {@code numerator / denominator}: exact if the quotient terminates, else rounded to {@link #SCALE} places. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        try {
            return canonical(numerator.divide(denominator));
        } catch (ArithmeticException nonTerminating) {
            return canonical(numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN));
        }
    }

    public static BigDecimal ratio(long numerator, long denominator) {
        return ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** A product rounded to {@link #SCALE} places where it has more (e.g. points times a rounded fraction). */
    public static BigDecimal mark(BigDecimal points, BigDecimal fraction) {
        BigDecimal product = points.multiply(fraction);
        return canonical(product.scale() > SCALE ? product.setScale(SCALE, RoundingMode.HALF_EVEN) : product);
    }

    public static BigDecimal clamp(BigDecimal value, BigDecimal minimum, BigDecimal maximum) {
        return value.compareTo(minimum) < 0 ? minimum : value.compareTo(maximum) > 0 ? maximum : value;
    }
}
