package org.sala.pack.moodle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sala.engine.Decimals;

/**
 * Moodle's answer grades. A Moodle file gives an answer's grade as a percentage ({@code fraction="50"});
 * Sala's credit is that share of 1. Moodle only accepts the grades of its own list (100%, 90%, 83.33333%,
 * ... 5%, none, and their negatives), each stored with 7 decimal places, and matches a file's value to the
 * list within 0.00001. The same tolerance is used here: a hand-written 33.333 is read as Moodle's third,
 * 0.3333333, so that three right thirds add up to 1 within the engine's 0.000001.
 */
final class MoodleGrades {

    private static final List<BigDecimal> GRADES = Stream.of("1", "0.9", "0.8333333", "0.8", "0.75", "0.7", "0.6666667",
            "0.6", "0.5", "0.4", "0.3333333", "0.3", "0.25", "0.2", "0.1666667", "0.1428571", "0.125", "0.1111111", "0.1",
            "0.05", "0").map(BigDecimal::new).toList();

    /** How close Moodle requires a grade to be to one of its list (its {@code match_grade_options}). */
    private static final BigDecimal CLOSE = new BigDecimal("0.00001");

    private MoodleGrades() {
    }

    /** The credit for a percentage as written in a file, matched to Moodle's grade where it is that close. */
    static BigDecimal credit(BigDecimal percent) {
        BigDecimal credit = percent.movePointLeft(2);
        return Decimals.canonical(nearGrade(credit).orElse(credit));
    }

    /** The percentage to write for a credit: 0.3333333 is {@code 33.33333}. */
    static String percent(BigDecimal credit) {
        return Decimals.canonical(credit.movePointRight(2)).toPlainString();
    }

    /** Whether Moodle accepts this credit as one of its grades. */
    static boolean isGrade(BigDecimal credit) {
        return nearGrade(credit).isPresent();
    }

    private static Optional<BigDecimal> nearGrade(BigDecimal credit) {
        for (BigDecimal grade : GRADES) {
            BigDecimal signed = credit.signum() < 0 ? grade.negate() : grade;
            if (credit.subtract(signed).abs().compareTo(CLOSE) < 0) {
                return Optional.of(signed);
            }
        }
        return Optional.empty();
    }
}
