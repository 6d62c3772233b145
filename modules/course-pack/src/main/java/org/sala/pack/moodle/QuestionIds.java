package org.sala.pack.moodle;

import java.util.HashSet;
import java.util.Set;
import org.sala.pack.interchange.QuestionSlugs;

/**
 * Turns Moodle question names into pack ids by the importers' one rule ({@link QuestionSlugs}), so a
 * question gets the same id as from GIFT. A name with no letter a-z or digit (a Khmer name, or none) gives
 * {@code qN}, N the question's place in the file. Ids are unique within one import: a taken one gets
 * {@code -2}, {@code -3}, ... A valid id is its own slug, so an exported id comes back unchanged.
 */
final class QuestionIds {

    private final Set<String> taken = new HashSet<>();

    /** The slug of a name, by the importers' one rule ({@link QuestionSlugs}); empty when it holds no letter a-z or digit. */
    static String slug(String name) {
        return QuestionSlugs.slug(name);
    }

    /** The id the question at this place in the file, so named, gets; not yet taken (see {@link #take}). */
    String propose(String name, int position) {
        String base = slug(name);
        if (base.isEmpty()) {
            base = "q" + position;
        }
        String id = base;
        for (int suffix = 2; taken.contains(id); suffix++) {
            id = base + "-" + suffix;
        }
        return id;
    }

    void take(String id) {
        taken.add(id);
    }
}
