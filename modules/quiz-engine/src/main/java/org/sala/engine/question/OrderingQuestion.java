package org.sala.engine.question;

import java.util.List;
import java.util.Objects;

/**
 * The learner puts items in sequence (events in time, steps of a process). {@code items} are in the right
 * order; they are always shown shuffled.
 */
public record OrderingQuestion(QuestionBasics basics, List<OrderItem> items, OrderingScoring scoring,
                               OutcomeFeedback feedback) implements Question {

    public OrderingQuestion(QuestionBasics basics, List<OrderItem> items, OrderingScoring scoring) {
        this(basics, items, scoring, OutcomeFeedback.NONE);
    }

    public OrderingQuestion {
        feedback = feedback == null ? OutcomeFeedback.NONE : feedback;
        items = List.copyOf(items);
        Objects.requireNonNull(scoring, "scoring");
        if (items.size() < 2) {
            throw new IllegalArgumentException("question '" + basics.id() + "' has " + items.size()
                    + " item(s); an ordering question needs at least 2");
        }
        Texts.requireUnique(items, OrderItem::id, basics.id(), "items with id");
    }
}
