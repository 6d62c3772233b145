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

    /**
     * The tag a category is kept as when its questions go into one bank: the path without Moodle's
     * {@code $course$}, {@code $system$}, {@code $module$}, {@code top} and "Default for ..." parts, as a slug
     * ({@code $course$/top/ASEAN/Members} gives {@code asean-members}); empty for no category, or one that gives no slug.
     */
    public String categoryTag() {
        var kept = new java.util.ArrayList<String>();
        for (String part : category.split("/")) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("$") && !trimmed.equalsIgnoreCase("top") && !trimmed.startsWith("Default for")) {
                kept.add(trimmed);
            }
        }
        return QuestionSlugs.slug(String.join(" ", kept));
    }

    /** The question with its category kept as a tag ({@link #categoryTag}), as importers into one bank keep it. */
    public PackQuestion questionWithCategoryTag() {
        String tag = categoryTag();
        if (tag.isEmpty() || question.tags().contains(tag)) {
            return question;
        }
        var tags = new java.util.LinkedHashSet<>(question.tags());
        tags.add(tag);
        return new PackQuestion(question.question(), question.difficulty(), tags, question.sections(), question.fact());
    }
}
