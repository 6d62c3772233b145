package org.sala.engine.statistics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.QuizGrade;

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

    /** The observation of a graded attempt: each question's marks and, for choice questions, the options chosen. */
    public static AttemptObservation of(QuizGrade grade) {
        return new AttemptObservation(grade.questions().stream().map(question -> new ItemObservation(question.questionId(),
                question.score().earned(), question.score().possible(), chosenOptions(question.response()))).toList());
    }

    private static Set<String> chosenOptions(Response response) {
        return switch (response) {
            case Response.SelectedChoice selected -> Set.of(selected.choiceId());
            case Response.SelectedChoices selected -> selected.choiceIds();
            case Response.TrueOrFalse answer -> Set.of(String.valueOf(answer.value()));
            case Response.Unanswered unanswered -> Set.of();
            case Response.Text text -> Set.of();
            case Response.Matches matches -> Set.of();
            case Response.Sequence sequence -> Set.of();
            case Response.Gaps gaps -> Set.of();
        };
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
