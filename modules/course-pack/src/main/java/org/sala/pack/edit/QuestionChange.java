package org.sala.pack.edit;

import java.util.Objects;
import java.util.Optional;

/**
 * One question as it is to be published.
 *
 * @param bankId the bank it goes to (it leaves whatever bank held it before)
 * @param text   the question in the pack format; empty to retire it (it leaves the pack)
 */
public record QuestionChange(String questionId, String bankId, Optional<String> text) {

    public QuestionChange {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(bankId, "bankId");
        Objects.requireNonNull(text, "text");
    }

    public boolean retires() {
        return text.isEmpty();
    }
}
