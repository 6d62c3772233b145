package org.sala.engine.scoring;

import java.util.Objects;
import org.sala.engine.response.Response;

/**
 * The grade of one response.
 *
 * @param questionId  the question graded
 * @param response    what the learner answered
 * @param score       marks earned out of the question's points
 * @param correctness right, partly right, wrong or unanswered; always consistent with the score
 * @param feedback    feedback specific to this response (the chosen option's, the matched answer's); may be empty
 */
public record QuestionGrade(String questionId, Response response, Score score, Correctness correctness, String feedback) {

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

    /** The grade of this response with another score (after penalties), correctness following the score. */
    public QuestionGrade withScore(Score newScore) {
        return new QuestionGrade(questionId, response, newScore, Correctness.of(response, newScore), feedback);
    }
}
