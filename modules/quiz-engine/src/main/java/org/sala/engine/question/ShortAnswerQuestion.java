package org.sala.engine.question;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The learner types a word or phrase. Several answers may be accepted, each with its own credit; the
 * answer that matches with the highest credit counts (the first of equals). Works for any script: the
 * comparison is on Unicode text after {@link TextMatching} normalization.
 */
public record ShortAnswerQuestion(QuestionBasics basics, List<AcceptedAnswer> answers, TextMatching matching)
        implements Question {

    public ShortAnswerQuestion {
        answers = List.copyOf(answers);
        Objects.requireNonNull(matching, "matching");
        if (answers.stream().noneMatch(answer -> answer.credit().compareTo(java.math.BigDecimal.ONE) == 0)) {
            throw new IllegalArgumentException("question '" + basics.id() + "' accepts no answer with full credit");
        }
    }

    /** The accepted answer this response matches best, if any. */
    public Optional<AcceptedAnswer> match(String response) {
        String normalized = matching.normalize(response);
        AcceptedAnswer best = null;
        for (AcceptedAnswer answer : answers) {
            if (answer.matches(normalized, matching.normalize(answer.text()))
                    && (best == null || answer.credit().compareTo(best.credit()) > 0)) {
                best = answer;
            }
        }
        return Optional.ofNullable(best);
    }
}
