package org.sala.engine.scoring;

import java.util.Objects;
import org.sala.engine.response.Response;

/**
 * The grade of one response.
 *
 * @param questionId  the question graded
 * @param response    what the learner answered
 * @param score       marks earned out of the question's points
 * @param correctness right, partly right, wrong or unanswered; consistent with the score
 * @param feedback    the feedback specific to this response (e.g. the chosen option's); may be empty
 */
public record QuestionGrade(String questionId, Response response, Score score, Correctness correctness,
                            String feedback) {

    public QuestionGrade {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(correctness, "correctness");
        feedback = feedback == null ? "" : feedback;
        if (correctness != Correctness.of(response, score)) {
            throw new IllegalArgumentException("question '" + questionId + "' scored " + score.earned().toPlainString()
                    + "/" + score.possible().toPlainString() + " cannot be " + correctness);
        }
    }
}
