package org.sala.pack.gift;

import java.util.Objects;
import org.sala.pack.model.PackQuestion;

/**
 * A question with the GIFT category it was filed under ({@code $CATEGORY: a/b/c}), or the empty
 * category when the file names none.
 *
 * <p>Invariant: the category is one line without surrounding whitespace, because GIFT writes it on a
 * {@code $CATEGORY:} line of its own and reads it back stripped.
 */
public record ImportedQuestion(String category, PackQuestion question) {

    public ImportedQuestion {
        category = category == null ? "" : category.strip();
        if (category.indexOf('\n') >= 0 || category.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("category '" + category + "' holds a line break; a GIFT category is one line");
        }
        Objects.requireNonNull(question, "question");
    }

    /** A question in no category. */
    public static ImportedQuestion uncategorized(PackQuestion question) {
        return new ImportedQuestion("", question);
    }

    public String id() {
        return question.id();
    }
}
