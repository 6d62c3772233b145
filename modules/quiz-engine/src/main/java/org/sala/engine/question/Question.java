package org.sala.engine.question;

import java.math.BigDecimal;
import java.util.List;

/**
 * A gradable question. The set of types is closed, so the grader and every mapper handle each type in
 * an exhaustive {@code switch}; adding a type makes the compiler point at each place that must learn it.
 */
public sealed interface Question permits SingleChoiceQuestion, MultipleChoiceQuestion, TrueFalseQuestion,
        ShortAnswerQuestion, NumericQuestion, MatchingQuestion, OrderingQuestion, ClozeQuestion {

    QuestionBasics basics();

    default String id() {
        return basics().id();
    }

    default String prompt() {
        return basics().prompt();
    }

    default BigDecimal points() {
        return basics().points();
    }

    default String generalFeedback() {
        return basics().generalFeedback();
    }

    default List<String> hints() {
        return basics().hints();
    }
}
