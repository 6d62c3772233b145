package org.sala.engine.question;

/**
 * A statement the learner judges true or false.
 *
 * @param answer        whether the statement is true
 * @param feedbackTrue  shown when the learner answered "true"
 * @param feedbackFalse shown when the learner answered "false"
 */
public record TrueFalseQuestion(QuestionBasics basics, boolean answer, String feedbackTrue, String feedbackFalse)
        implements Question {

    public TrueFalseQuestion {
        java.util.Objects.requireNonNull(basics, "basics");
        feedbackTrue = Texts.orEmpty(feedbackTrue);
        feedbackFalse = Texts.orEmpty(feedbackFalse);
    }
}
