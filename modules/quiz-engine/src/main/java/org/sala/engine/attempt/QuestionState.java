package org.sala.engine.attempt;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Certainty;
import org.sala.engine.scoring.QuestionGrade;

/**
 * One question's state within an attempt.
 *
 * @param response  the last saved response
 * @param sequence  the sequence number of that save; a save with a lower one is stale
 * @param savedAt   when it was saved; empty if never
 * @param certainty the learner's stated certainty (certainty-based marking); empty if none
 * @param tries     interactive mode: how many times the learner has checked an answer
 * @param checked   interactive mode: the grade of the last check, penalties applied
 * @param finished  interactive mode: right, or out of tries; no more changes
 */
public record QuestionState(Response response, long sequence, Optional<Instant> savedAt, Optional<Certainty> certainty,
                            int tries, Optional<QuestionGrade> checked, boolean finished) {

    public static final QuestionState BLANK =
            new QuestionState(Response.UNANSWERED, 0, Optional.empty(), Optional.empty(), 0, Optional.empty(), false);

    public QuestionState {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(checked, "checked");
        if (sequence < 0 || tries < 0) {
            throw new IllegalArgumentException("sequence and tries cannot be negative");
        }
    }

    QuestionState saved(Response newResponse, long newSequence, Optional<Certainty> newCertainty, Instant at) {
        return new QuestionState(newResponse, newSequence, Optional.of(at), newCertainty, tries, checked, finished);
    }

    QuestionState checked(QuestionGrade grade, boolean done) {
        return new QuestionState(response, sequence, savedAt, certainty, tries + 1, Optional.of(grade), done);
    }
}
