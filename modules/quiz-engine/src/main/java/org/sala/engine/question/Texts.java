package org.sala.engine.question;

import java.math.BigDecimal;

/** Checks shared by the question records' constructors. */
final class Texts {

    private Texts() {
    }

    static String requireNonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** One representation per value, so that records holding amounts are equal by value (1.0 = 1). */
    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
