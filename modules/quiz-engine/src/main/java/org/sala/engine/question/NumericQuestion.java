package org.sala.engine.question;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sala.engine.Decimals;

/**
 * The learner types a number, optionally with a unit. Several values may be accepted, each with its own
 * tolerance and credit; the accepting value with the highest credit counts.
 *
 * <p>Units: the first unit is the base unit. A response without a unit is read in the base unit; when
 * {@code unitRequired} is set, a missing or unknown unit costs {@code unitPenalty} (a share of the
 * points) of an otherwise right answer. A response with an unknown unit is read as a number without one.
 * Numbers may use a decimal point or, when there is no point, a decimal comma; an exponent ("1.2e3") is
 * allowed; thousands separators are not.
 */
public record NumericQuestion(QuestionBasics basics, List<NumericAnswer> answers, List<NumericUnit> units,
                              boolean unitRequired, BigDecimal unitPenalty) implements Question {

    public NumericQuestion {
        answers = List.copyOf(answers);
        units = List.copyOf(units == null ? List.of() : units);
        unitPenalty = unitPenalty == null ? BigDecimal.ZERO : Decimals.canonical(unitPenalty);
        if (answers.stream().noneMatch(answer -> answer.credit().compareTo(BigDecimal.ONE) == 0)) {
            throw new IllegalArgumentException("question '" + basics.id() + "' accepts no value with full credit");
        }
        Texts.requireUnique(units, NumericUnit::name, basics.id(), "units named");
        if (!units.isEmpty() && units.get(0).multiplier().compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("question '" + basics.id() + "': the first unit '" + units.get(0).name()
                    + "' is the base unit and has multiplier 1");
        }
        if (unitPenalty.signum() < 0 || unitPenalty.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("question '" + basics.id() + "' has unit penalty "
                    + unitPenalty.toPlainString() + "; it lies between 0 and 1");
        }
        if (unitRequired && units.isEmpty()) {
            throw new IllegalArgumentException("question '" + basics.id() + "' requires a unit but names none");
        }
    }

    /** A typed response read as a number in the base unit, and whether its unit was acceptable. */
    public record Reading(BigDecimal value, boolean unitAccepted) {
    }

    /** Reads a typed response; empty if it holds no number. */
    public Optional<Reading> read(String response) {
        String text = response.strip();
        int end = 0;
        while (end < text.length() && "+-0123456789.,eE".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        // "2e" followed by letters is "2" and a unit starting with e: back off a dangling exponent marker.
        while (end > 0 && "eE+-".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        String number = text.substring(0, end);
        String unitText = text.substring(end).strip();
        if (number.contains(",") && !number.contains(".")) {
            number = number.replace(',', '.');
        }
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (units.isEmpty()) {
            return unitText.isEmpty() ? Optional.of(new Reading(value, true)) : Optional.empty();
        }
        Optional<NumericUnit> unit = units.stream().filter(candidate -> candidate.name().equals(unitText)).findFirst();
        if (unit.isEmpty()) {
            return Optional.of(new Reading(value, !unitRequired));
        }
        BigDecimal base = unit.get().multiplier().compareTo(BigDecimal.ONE) == 0 ? value
                : value.divide(unit.get().multiplier(), MathContext.DECIMAL128);
        return Optional.of(new Reading(base, true));
    }

    /** The accepted value this number matches best, if any. */
    public Optional<NumericAnswer> match(BigDecimal value) {
        NumericAnswer best = null;
        for (NumericAnswer answer : answers) {
            if (answer.accepts(value) && (best == null || answer.credit().compareTo(best.credit()) > 0)) {
                best = answer;
            }
        }
        return Optional.ofNullable(best);
    }
}
