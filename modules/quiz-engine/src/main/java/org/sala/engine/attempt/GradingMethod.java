package org.sala.engine.attempt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.sala.engine.Decimals;

/** How a learner's grade for a quiz follows from the grades of their submitted attempts. */
public enum GradingMethod {
    HIGHEST, AVERAGE, FIRST, LAST;

    /**
     * @param percents the submitted attempts' percentages, oldest first
     * @return empty when there is no submitted attempt
     */
    public Optional<BigDecimal> combine(List<BigDecimal> percents) {
        if (percents.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (this) {
            case HIGHEST -> percents.stream().max(BigDecimal::compareTo).orElseThrow();
            case AVERAGE -> Decimals.ratio(percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                    BigDecimal.valueOf(percents.size()));
            case FIRST -> percents.get(0);
            case LAST -> percents.get(percents.size() - 1);
        });
    }
}
