package org.sala.engine.question;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit a numeric answer may be given in. The accepted values are in the first (base) unit, whose
 * multiplier is 1; a value given in this unit is divided by {@code multiplier} to reach the base unit
 * (Moodle's convention): base "m", unit "km" with multiplier 0.001, so "2 km" counts as 2000.
 */
public record NumericUnit(String name, BigDecimal multiplier) {

    public NumericUnit {
        name = Texts.requireNonBlank(name, "unit name").strip();
        Objects.requireNonNull(multiplier, "multiplier");
        if (multiplier.signum() <= 0) {
            throw new IllegalArgumentException("unit '" + name + "' has multiplier " + multiplier.toPlainString()
                    + "; a multiplier is positive");
        }
    }
}
