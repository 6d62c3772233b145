package org.sala.engine.question;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value a numeric question accepts, with its tolerance, credit and feedback. The bounds are inclusive:
 * with value 1999 and absolute tolerance 1, both 1998 and 2000 are accepted. Compared exactly (decimal
 * arithmetic), so a response exactly at the boundary is always inside.
 *
 * @param tolerance non-negative; absolute (in the answer's unit) or relative (a share of the value: 0.05 = 5%)
 */
public record NumericAnswer(BigDecimal value, BigDecimal tolerance, Tolerance kind, BigDecimal credit, String feedback) {

    public enum Tolerance {
        ABSOLUTE, RELATIVE
    }

    public NumericAnswer {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("accepted value " + value.toPlainString() + " has tolerance "
                    + tolerance.toPlainString() + "; a tolerance cannot be negative");
        }
        credit = Texts.requireCredit(credit, "accepted value " + value.toPlainString());
        feedback = Texts.orEmpty(feedback);
    }

    public static NumericAnswer exactly(String value) {
        return new NumericAnswer(new BigDecimal(value), BigDecimal.ZERO, Tolerance.ABSOLUTE, BigDecimal.ONE, "");
    }

    public boolean accepts(BigDecimal response) {
        BigDecimal allowed = kind == Tolerance.ABSOLUTE ? tolerance : tolerance.multiply(value.abs());
        return response.subtract(value).abs().compareTo(allowed) <= 0;
    }
}
