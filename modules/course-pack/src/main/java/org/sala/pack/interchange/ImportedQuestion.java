package org.sala.pack.interchange;

import java.util.Objects;
import org.sala.pack.model.PackQuestion;

/**
 * A question with the category it was filed under in an interchange file (GIFT {@code $CATEGORY: a/b/c},
 * a Moodle category path), or the empty category when the file names none.
 *
 * <p>Invariant: the category is one line without surrounding whitespace, because the formats write it
 * on a line of its own and read it back stripped.
 */
public record ImportedQuestion(String category, PackQuestion question) {

    public ImportedQuestion {
        category = category == null ? "" : category.strip();
        if (category.indexOf('\n') >= 0 || category.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("category '" + category + "' holds a line break; a category is one line");
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
