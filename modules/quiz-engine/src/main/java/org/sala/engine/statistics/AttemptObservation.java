package org.sala.engine.statistics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;

/**
 * One graded attempt at a quiz: the questions it contained, in the order it showed them. Invariants: at
 * least one question, and no question twice. An attempt need not contain every question of the quiz
 * (questions drawn at random), so attempts may differ in which questions they hold.
 */
public record AttemptObservation(List<ItemObservation> items) {

    public AttemptObservation {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an attempt holds at least one question");
        }
        var seen = new HashSet<String>();
        for (ItemObservation item : items) {
            if (!seen.add(item.questionId())) {
                throw new IllegalArgumentException("question '" + item.questionId() + "' appears twice in one attempt");
            }
        }
    }

    public static AttemptObservation of(ItemObservation... items) {
        return new AttemptObservation(List.of(items));
    }

    public BigDecimal earned() {
        return items.stream().map(ItemObservation::earned).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal possible() {
        return items.stream().map(ItemObservation::possible).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The attempt's total as a percentage (0 to 100) of what it made possible. */
    public double percent() {
        // Divided exactly to 16 digits first, so that equal percentages are equal doubles.
        return earned().multiply(BigDecimal.valueOf(100)).divide(possible(), MathContext.DECIMAL64).doubleValue();
    }
}
