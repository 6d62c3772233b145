package org.sala.pack.qti;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Difficulty;
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
import org.sala.engine.question.OutcomeFeedback;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.model.PackQuestion;

/** One question of each type, with feedback, partial credit and metadata wherever QTI can carry them. */
final class Examples {

    private Examples() {
    }

    private static QuestionBasics basics(String id, String prompt) {
        return new QuestionBasics(id, prompt, new BigDecimal("2"), "Read the lesson on ASEAN again.", List.of());
    }

    private static PackQuestion tagged(org.sala.engine.question.Question question, Difficulty difficulty, String... tags) {
        return new PackQuestion(question, difficulty, Set.of(tags), List.of());
    }

    static List<PackQuestion> everyType() {
        BigDecimal half = new BigDecimal("0.5");
        var gapBasics = (java.util.function.Function<String, QuestionBasics>) gap ->
                new QuestionBasics("cloze-" + gap, "Gap " + gap, BigDecimal.ONE, "", List.of());
        return List.of(
                tagged(new SingleChoiceQuestion(basics("single", "Capital of Cambodia?"), List.of(
                        Choice.right("pp", "Phnom Penh", "Yes."), new Choice("sr", "Siem Reap", half, "Almost: the old capital region.")),
                        true), Difficulty.EASY, "geography"),
                tagged(new MultipleChoiceQuestion(basics("multiple", "Which are ASEAN members?"), List.of(
                        new Choice("kh", "Cambodia", half, ""), new Choice("la", "Laos", half, ""),
                        new Choice("cn", "China", new BigDecimal("-0.5"), "A partner, not a member.")),
                        MultipleChoiceScoring.OPTION_PERCENTAGES, true), Difficulty.MEDIUM, "asean", "members"),
                tagged(new TrueFalseQuestion(basics("true-false", "Cambodia joined ASEAN in 1999."), true, "Right.", "It did."),
                        Difficulty.EASY),
                tagged(new ShortAnswerQuestion(basics("short", "Which river flows through Phnom Penh?"), List.of(
                        AcceptedAnswer.exact("Mekong", "Yes."), new AcceptedAnswer("Tonle Sap", false, half, "It joins there.")),
                        TextMatching.DEFAULT), Difficulty.MEDIUM, "rivers"),
                tagged(new NumericQuestion(basics("numeric", "When was ASEAN founded?"), List.of(
                        new NumericAnswer(new BigDecimal("1967"), BigDecimal.ZERO, NumericAnswer.Tolerance.ABSOLUTE, BigDecimal.ONE, ""),
                        new NumericAnswer(new BigDecimal("1967"), new BigDecimal("2"), NumericAnswer.Tolerance.ABSOLUTE, half, "Close.")),
                        List.of(), false, null), Difficulty.HARD, "dates"),
                tagged(new MatchingQuestion(basics("matching", "Match the capitals."), List.of(
                        new MatchPair("kh", "Cambodia", "Phnom Penh"), new MatchPair("la", "Laos", "Vientiane")),
                        List.of("Hanoi"), true, new OutcomeFeedback("Good.", "Some.", "None.")), Difficulty.MEDIUM),
                tagged(new OrderingQuestion(basics("ordering", "Order by year."), List.of(
                        new OrderItem("a", "Independence"), new OrderItem("b", "Paris Peace Accords"), new OrderItem("c", "ASEAN")),
                        OrderingScoring.ALL_OR_NOTHING), Difficulty.HARD, "history"),
                tagged(new ClozeQuestion(basics("cloze", "Fill in the gaps."), "Cambodia joined ASEAN in {{year}}, in {{city}}.",
                        List.of(new Gap("year", new BigDecimal("3"), new NumericQuestion(gapBasics.apply("year"),
                                        List.of(NumericAnswer.exactly("1999")), List.of(), false, null)),
                                new Gap("city", BigDecimal.ONE, new SingleChoiceQuestion(gapBasics.apply("city"), List.of(
                                        Choice.right("hanoi", "Hanoi", ""), Choice.wrong("bangkok", "Bangkok", "")), true)))),
                        Difficulty.HARD, "asean"));
    }
}
