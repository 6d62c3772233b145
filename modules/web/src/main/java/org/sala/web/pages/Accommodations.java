package org.sala.web.pages;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.ResourceBundle;
import org.sala.engine.attempt.Accommodation;
import org.sala.engine.attempt.QuizRules;

/** An accommodation in words, the same on the learner's start page and in the instructor's lists. */
final class Accommodations {

    private Accommodations() {
    }

    /**
     * One sentence: "Arrangements for you: 50% more time, 10 extra minutes, closes 10 January 2027, 15:00 ICT, 1 more attempt."
     * Time changes are named only when the quiz has a time limit ({@code rules} null: always).
     */
    static String describe(Accommodation own, QuizRules rules, ResourceBundle messages, TimeFormat times) {
        return MessageFormat.format(messages.getString("accommodation.sentence"), parts(own, rules, messages, times));
    }

    /** The parts without the sentence around them, for a table cell. */
    static String parts(Accommodation own, QuizRules rules, ResourceBundle messages, TimeFormat times) {
        var parts = new ArrayList<String>();
        boolean timed = rules == null || rules.timeLimit().isPresent();
        if (timed && own.timeFactor().compareTo(BigDecimal.ONE) != 0) {
            BigDecimal more = own.timeFactor().subtract(BigDecimal.ONE).movePointRight(2).stripTrailingZeros();
            parts.add(MessageFormat.format(messages.getString("accommodation.factor"), more.toPlainString()));
        }
        if (timed && !own.extraTime().isZero()) {
            parts.add(MessageFormat.format(messages.getString("accommodation.minutes"), own.extraTime().toMinutes()));
        }
        own.closesAt().ifPresent(closes -> parts.add(MessageFormat.format(messages.getString("accommodation.closes"), times.dateTime(closes))));
        if (own.extraAttempts() > 0) {
            parts.add(MessageFormat.format(messages.getString("accommodation.attempts"), own.extraAttempts()));
        }
        if (parts.isEmpty()) {
            parts.add(messages.getString("accommodation.nothing"));
        }
        return String.join(", ", parts);
    }
}
