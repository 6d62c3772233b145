package org.sala.engine.question;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.function.Function;

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

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A credit lies between -1 (a whole question's points lost) and 1 (all of them earned). */
    static BigDecimal requireCredit(BigDecimal credit, String what) {
        if (credit == null) {
            throw new IllegalArgumentException(what + " has no credit");
        }
        if (credit.compareTo(BigDecimal.ONE.negate()) < 0 || credit.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " has credit " + credit.toPlainString() + "; credit lies between -1 and 1");
        }
        return org.sala.engine.Decimals.canonical(credit);
    }

    static <T> void requireUnique(Collection<T> items, Function<T, String> key, String questionId, String what) {
        var seen = new HashSet<String>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) {
                throw new IllegalArgumentException("question '" + questionId + "' has two " + what + " '" + key.apply(item) + "'");
            }
        }
    }
}
