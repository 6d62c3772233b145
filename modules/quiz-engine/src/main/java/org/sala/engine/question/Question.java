package org.sala.engine.question;

import java.math.BigDecimal;

/**
 * A gradable question. The set of types is closed, so graders and mappers handle every type with an
 * exhaustive {@code switch}; adding a type makes the compiler point at each place that must learn it.
 */
public sealed interface Question permits SingleChoiceQuestion {

    /** Identifier, unique within the quiz or bank that holds the question. */
    String id();

    /** The question as shown to the learner (authored Markdown). */
    String prompt();

    /** The most a fully right response earns; always positive. */
    BigDecimal points();

    /** Feedback shown after grading whatever the response was; empty when the author gave none. */
    String generalFeedback();
}
