package org.sala.persistence.authoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One question as an editor left it, not yet published.
 *
 * @param text        the question in the pack format, as it stands in a bank's {@code questions:} list
 * @param bankId      the bank it is published into (moving a question between banks changes this)
 * @param retired     published, it leaves the pack
 * @param baseVersion the version of the published question the draft started from; empty for a new question
 * @param revision    grows by one with every save; 0 for a draft not yet saved
 */
public record QuestionDraft(String packId, String questionId, String bankId, String text, boolean retired,
                            Optional<String> baseVersion, String editor, Instant updatedAt, int revision) {

    public QuestionDraft {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(bankId, "bankId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(baseVersion, "baseVersion");
        Objects.requireNonNull(editor, "editor");
        updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(ChronoUnit.MICROS);
    }
}
