package org.sala.engine;

import java.math.BigDecimal;
import java.util.List;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Gap;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.OrderingScoring;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;

/** Small questions about Cambodia's foreign relations, one of each type, for the engine's tests. */
public final class Questions {

    private Questions() {
    }

    public static QuestionBasics basics(String id, String points) {
        return new QuestionBasics(id, "Prompt of " + id + "?", new BigDecimal(points), "General feedback.", List.of("A hint."));
    }

    /** When did Cambodia join ASEAN? b is right, c half right, d costs a quarter under negative marking. */
    public static SingleChoiceQuestion aseanEntry() {
        return new SingleChoiceQuestion(basics("asean-entry", "2"), List.of(
                Choice.wrong("a", "July 1997", "Entry was postponed then."),
                Choice.right("b", "30 April 1999", "Tenth member."),
                new Choice("c", "April 1999, no day", new BigDecimal("0.5"), "Right month."),
                new Choice("d", "1967", new BigDecimal("-0.25"), "ASEAN's founding year.")), true);
    }

    /** Which forums is Cambodia a member of? a, b and c are right (a third each); d and e are wrong. */
    public static MultipleChoiceQuestion memberships(MultipleChoiceScoring scoring) {
        BigDecimal third = new BigDecimal("0.3333333");
        BigDecimal wrong = scoring == MultipleChoiceScoring.OPTION_PERCENTAGES ? new BigDecimal("-0.5") : BigDecimal.ZERO;
        return new MultipleChoiceQuestion(basics("memberships", "3"), List.of(
                new Choice("a", "ASEAN", third, "Since 1999."),
                new Choice("b", "WTO", third, "Since 2004."),
                new Choice("c", "ASEM", third, "Since 2004."),
                new Choice("d", "APEC", wrong, "Not a member."),
                new Choice("e", "NATO", wrong, "No.")), scoring, true);
    }

    /** "Cambodia is an APEC member": false. */
    public static TrueFalseQuestion apec() {
        return new TrueFalseQuestion(basics("apec", "1"), false, "It is not.", "Right, it is not.");
    }

    /** Name the regional association: ASEAN (full), "Association of Southeast Asian Nations" (full), *asean* (half). */
    public static ShortAnswerQuestion association(TextMatching matching) {
        return new ShortAnswerQuestion(basics("association", "1"), List.of(
                AcceptedAnswer.exact("ASEAN", "Yes."),
                AcceptedAnswer.exact("Association of Southeast Asian Nations", "The full name."),
                new AcceptedAnswer("*asean*", true, new BigDecimal("0.5"), "It contains the answer.")), matching);
    }

    /** In which year did Cambodia join the WTO? 2004 exactly (full), 2003..2005 (half). */
    public static NumericQuestion wtoYear() {
        return new NumericQuestion(basics("wto-year", "1"), List.of(
                NumericAnswer.exactly("2004"),
                new NumericAnswer(new BigDecimal("2004"), BigDecimal.ONE, NumericAnswer.Tolerance.ABSOLUTE, new BigDecimal("0.5"), "Close.")),
                List.of(), false, BigDecimal.ZERO);
    }

    /** Match the event with its year; 1953 is a distractor. */
    public static MatchingQuestion years() {
        return new MatchingQuestion(basics("years", "3"), List.of(
                new MatchPair("asean", "ASEAN membership", "1999"),
                new MatchPair("wto", "WTO membership", "2004"),
                new MatchPair("untac", "UNTAC mission begins", "1992")), List.of("1953"), true);
    }

    /** Put in order: independence (1953), UNTAC (1992), ASEAN (1999), WTO (2004). */
    public static OrderingQuestion timeline(OrderingScoring scoring) {
        return new OrderingQuestion(basics("timeline", "3"), List.of(
                new OrderItem("independence", "Independence"),
                new OrderItem("untac", "UNTAC"),
                new OrderItem("asean", "ASEAN membership"),
                new OrderItem("wto", "WTO membership")), scoring);
    }

    /** "Cambodia joined {{org}} in {{year}}": org a short answer (weight 1), year numeric (weight 2). */
    public static ClozeQuestion joined() {
        var org = new ShortAnswerQuestion(QuestionBasics.of("org", "Which organisation?"),
                List.of(AcceptedAnswer.exact("ASEAN", "Yes.")), TextMatching.DEFAULT);
        var year = new NumericQuestion(QuestionBasics.of("year", "Which year?"), List.of(NumericAnswer.exactly("1999")),
                List.of(), false, BigDecimal.ZERO);
        return new ClozeQuestion(basics("joined", "3"), "Cambodia joined {{org}} in {{year}}.",
                List.of(new Gap("org", BigDecimal.ONE, org), new Gap("year", new BigDecimal("2"), year)));
    }
}
