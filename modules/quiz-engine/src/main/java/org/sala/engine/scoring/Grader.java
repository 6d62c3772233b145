package org.sala.engine.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.Decimals;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Gap;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.engine.response.Response;

/**
 * Grades responses. Every method is a pure function of its arguments: the same question, response and
 * options always give the same grade. A question's score always lies within its bounds: 0..points, or
 * -points..points with negative marking.
 *
 * <p>A response of the wrong kind for its question (text for a matching question), or naming an option,
 * prompt, item or gap the question does not have, is refused with an {@link IllegalArgumentException}
 * naming the question: it cannot come from the question's own form.
 */
public final class Grader {

    private static final BigDecimal WHOLE_TOLERANCE = new BigDecimal("0.000001");

    private Grader() {
    }

    public static QuestionGrade grade(Question question, Response response) {
        return grade(question, response, GradingOptions.STANDARD);
    }

    public static QuestionGrade grade(Question question, Response response, GradingOptions options) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(options, "options");
        if (response.isBlank()) {
            return new QuestionGrade(question.id(), response, new Score(BigDecimal.ZERO, question.points()),
                    Correctness.UNANSWERED, "");
        }
        Marked marked = switch (question) {
            case SingleChoiceQuestion single -> single(single, response);
            case MultipleChoiceQuestion multiple -> multiple(multiple, response, options);
            case TrueFalseQuestion trueFalse -> trueFalse(trueFalse, response);
            case ShortAnswerQuestion shortAnswer -> shortAnswer(shortAnswer, response);
            case NumericQuestion numeric -> numeric(numeric, response);
            case MatchingQuestion matching -> matching(matching, response);
            case OrderingQuestion ordering -> ordering(ordering, response);
            case ClozeQuestion cloze -> cloze(cloze, response, options);
        };
        Score score = marked.score(question.points(), options);
        return new QuestionGrade(question.id(), response, score, Correctness.of(response, score), marked.feedback());
    }

    /**
     * Grades a quiz: every question in order, with {@link Response#UNANSWERED} for those left out.
     *
     * @throws IllegalArgumentException if a response names a question that is not in the quiz
     */
    public static QuizGrade grade(List<? extends Question> questions, Map<String, ? extends Response> responses) {
        return grade(questions, responses, GradingOptions.STANDARD);
    }

    public static QuizGrade grade(List<? extends Question> questions, Map<String, ? extends Response> responses,
                                  GradingOptions options) {
        var ids = new HashSet<String>();
        questions.forEach(question -> ids.add(question.id()));
        for (String answered : responses.keySet()) {
            if (!ids.contains(answered)) {
                throw new IllegalArgumentException("a response names question '" + answered + "', which is not in the quiz");
            }
        }
        var grades = new ArrayList<QuestionGrade>(questions.size());
        for (Question question : questions) {
            Response response = responses.get(question.id());
            grades.add(grade(question, response == null ? Response.UNANSWERED : response, options));
        }
        return QuizGrade.of(grades);
    }

    /**
     * The share of the points a response earned, as an exact quotient (one item in three is 1/3, not
     * 0.3333333), and the feedback it earned. The quotient is turned into marks once, by {@link #score}, so
     * three items of three in place earn exactly the points.
     */
    private record Marked(BigDecimal numerator, BigDecimal denominator, String feedback) {

        Marked(BigDecimal fraction, String feedback) {
            this(fraction, BigDecimal.ONE, feedback);
        }

        static Marked ratio(long numerator, long denominator, String feedback) {
            return new Marked(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), feedback);
        }

        /** Marks out of {@code points}: points times the quotient, kept within 0..1 (-1..1 with negative marking). */
        Score score(BigDecimal points, GradingOptions options) {
            BigDecimal floor = options.negativeMarking() ? denominator.negate() : BigDecimal.ZERO;
            BigDecimal bounded = Decimals.clamp(numerator, floor, denominator);
            return new Score(Decimals.ratio(points.multiply(bounded), denominator), points);
        }
    }

    private static Marked single(SingleChoiceQuestion question, Response response) {
        if (!(response instanceof Response.SelectedChoice selected)) {
            throw wrongKind(question, "a selected option", response);
        }
        Choice choice = question.choice(selected.choiceId()).orElseThrow(() -> unknown(question, "option", selected.choiceId()));
        return new Marked(choice.credit(), choice.feedback());
    }

    private static Marked multiple(MultipleChoiceQuestion question, Response response, GradingOptions options) {
        if (!(response instanceof Response.SelectedChoices selected)) {
            throw wrongKind(question, "selected options", response);
        }
        var ticked = new ArrayList<Choice>();
        for (Choice choice : question.choices()) {
            if (selected.choiceIds().contains(choice.id())) {
                ticked.add(choice);
            }
        }
        if (ticked.size() != selected.choiceIds().size()) {
            String stray = selected.choiceIds().stream().filter(id -> question.choice(id).isEmpty()).findFirst().orElseThrow();
            throw unknown(question, "option", stray);
        }
        String feedback = join(ticked.stream().map(Choice::feedback).toList());
        long right = question.choices().stream().filter(Choice::isRight).count();
        long rightTicked = ticked.stream().filter(Choice::isRight).count();
        return switch (question.scoring()) {
            case ALL_OR_NOTHING -> new Marked(rightTicked == right && ticked.size() == right ? BigDecimal.ONE : BigDecimal.ZERO, feedback);
            case OPTION_PERCENTAGES -> {
                BigDecimal sum = ticked.stream().map(Choice::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
                // Shares written to 7 places (1/3 as 0.3333333) may miss 1 by a hair; a whole is a whole.
                yield new Marked(sum.subtract(BigDecimal.ONE).abs().compareTo(WHOLE_TOLERANCE) <= 0 ? BigDecimal.ONE : sum, feedback);
            }
            case RIGHT_MINUS_WRONG -> {
                // rightTicked/right - wrongTicked/wrong as one exact quotient
                long wrong = Math.max(1, question.choices().size() - right);
                long wrongTicked = ticked.size() - rightTicked;
                yield Marked.ratio(rightTicked * wrong - wrongTicked * right, right * wrong, feedback);
            }
        };
    }

    private static Marked trueFalse(TrueFalseQuestion question, Response response) {
        if (!(response instanceof Response.TrueOrFalse answer)) {
            throw wrongKind(question, "true or false", response);
        }
        return new Marked(answer.value() == question.answer() ? BigDecimal.ONE : BigDecimal.ZERO,
                answer.value() ? question.feedbackTrue() : question.feedbackFalse());
    }

    private static Marked shortAnswer(ShortAnswerQuestion question, Response response) {
        if (!(response instanceof Response.Text text)) {
            throw wrongKind(question, "typed text", response);
        }
        Optional<AcceptedAnswer> match = question.match(text.value());
        return match.map(answer -> new Marked(answer.credit(), answer.feedback())).orElse(new Marked(BigDecimal.ZERO, ""));
    }

    private static Marked numeric(NumericQuestion question, Response response) {
        if (!(response instanceof Response.Text text)) {
            throw wrongKind(question, "a typed number", response);
        }
        Optional<NumericQuestion.Reading> reading = question.read(text.value());
        if (reading.isEmpty()) {
            return new Marked(BigDecimal.ZERO, "");
        }
        Optional<NumericAnswer> match = question.match(reading.get().value());
        if (match.isEmpty()) {
            return new Marked(BigDecimal.ZERO, "");
        }
        BigDecimal credit = match.get().credit();
        if (!reading.get().unitAccepted() && credit.signum() > 0) {
            credit = credit.subtract(question.unitPenalty()).max(BigDecimal.ZERO);
        }
        return new Marked(credit, match.get().feedback());
    }

    private static Marked matching(MatchingQuestion question, Response response) {
        if (!(response instanceof Response.Matches matches)) {
            throw wrongKind(question, "matches", response);
        }
        Set<String> choices = Set.copyOf(question.answerChoices());
        for (var entry : matches.answers().entrySet()) {
            if (question.pairs().stream().noneMatch(pair -> pair.id().equals(entry.getKey()))) {
                throw unknown(question, "prompt", entry.getKey());
            }
            if (!choices.contains(entry.getValue())) {
                throw unknown(question, "answer", entry.getValue());
            }
        }
        long right = 0;
        for (MatchPair pair : question.pairs()) {
            if (pair.answer().equals(matches.answers().get(pair.id()))) {
                right++;
            }
        }
        return Marked.ratio(right, question.pairs().size(), question.feedback().forShare(right, question.pairs().size()));
    }

    private static Marked ordering(OrderingQuestion question, Response response) {
        if (!(response instanceof Response.Sequence sequence)) {
            throw wrongKind(question, "a sequence of items", response);
        }
        List<String> rightOrder = question.items().stream().map(OrderItem::id).toList();
        List<String> given = sequence.itemIds();
        if (given.size() != rightOrder.size() || !Set.copyOf(given).equals(Set.copyOf(rightOrder))) {
            throw new IllegalArgumentException("question '" + question.id() + "' orders items " + rightOrder
                    + "; the response " + given + " is not an arrangement of exactly these");
        }
        int n = rightOrder.size();
        return switch (question.scoring()) {
            case ALL_OR_NOTHING -> given.equals(rightOrder) ? Marked.ratio(1, 1, question.feedback().right())
                    : Marked.ratio(0, 1, question.feedback().wrong());
            case ITEMS_IN_PLACE -> {
                long inPlace = 0;
                for (int i = 0; i < n; i++) {
                    if (given.get(i).equals(rightOrder.get(i))) {
                        inPlace++;
                    }
                }
                yield Marked.ratio(inPlace, n, question.feedback().forShare(inPlace, n));
            }
            case ADJACENT_PAIRS -> {
                var pairs = new HashSet<String>();
                for (int i = 0; i + 1 < n; i++) {
                    pairs.add(rightOrder.get(i) + '\u0000' + rightOrder.get(i + 1));
                }
                long kept = 0;
                for (int i = 0; i + 1 < n; i++) {
                    if (pairs.contains(given.get(i) + '\u0000' + given.get(i + 1))) {
                        kept++;
                    }
                }
                yield Marked.ratio(kept, n - 1, question.feedback().forShare(kept, n - 1));
            }
        };
    }

    private static Marked cloze(ClozeQuestion question, Response response, GradingOptions options) {
        if (!(response instanceof Response.Gaps gaps)) {
            throw wrongKind(question, "filled gaps", response);
        }
        for (String gapId : gaps.answers().keySet()) {
            if (question.gaps().stream().noneMatch(gap -> gap.id().equals(gapId))) {
                throw unknown(question, "gap", gapId);
            }
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        var feedback = new ArrayList<String>();
        for (Gap gap : question.gaps()) {
            Response gapResponse = gaps.answers().getOrDefault(gap.id(), Response.UNANSWERED);
            QuestionGrade gapGrade = grade(gap.question(), gapResponse, options);
            weighted = weighted.add(gap.weight().multiply(gapGrade.score().fraction()));
            totalWeight = totalWeight.add(gap.weight());
            feedback.add(gapGrade.feedback());
        }
        return new Marked(weighted, totalWeight, join(feedback));
    }

    private static String join(List<String> feedback) {
        return String.join("\n", feedback.stream().filter(text -> !text.isBlank()).toList());
    }

    private static IllegalArgumentException wrongKind(Question question, String expected, Response given) {
        return new IllegalArgumentException("question '" + question.id() + "' takes " + expected + ", not "
                + given.getClass().getSimpleName());
    }

    private static IllegalArgumentException unknown(Question question, String what, String id) {
        return new IllegalArgumentException("question '" + question.id() + "' has no " + what + " '" + id + "'");
    }
}
