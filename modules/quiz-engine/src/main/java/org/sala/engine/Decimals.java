package org.sala.engine;

import java.math.BigDecimal;

/** Exact amounts (points, credits, marks) in one canonical form, so records holding them are equal by value. */
public final class Decimals {

    private Decimals() {
    }

    /** 1.0, 1.00 and 1 all become 1; 10 stays 10 (never 1E+1). */
    public static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
