package org.sala.engine.assembly;

import java.util.List;
import java.util.Objects;
import org.sala.engine.question.Question;

/**
 * A question as one attempt shows it.
 *
 * @param displayOrder the order its parts are shown in: option ids (single and multiple choice), answer
 *                     texts (matching), item ids (ordering), {@code gapId/optionId} for the options of
 *                     cloze choice gaps (gap by gap); empty for the other types
 */
public record AssembledQuestion(Question question, List<String> displayOrder) {

    public AssembledQuestion {
        Objects.requireNonNull(question, "question");
        displayOrder = List.copyOf(displayOrder);
    }
}
