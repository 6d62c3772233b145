package org.sala.pack.moodle;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns Moodle question names into pack ids, by the rule the GIFT import uses for titles, so a question
 * gets the same id from either format: lower-case letters a-z, digits and single hyphens; accents folded
 * ("Phnom Pénh" gives {@code phnom-penh}), apostrophes dropped ("ASEAN's" gives {@code aseans}), any other
 * run of characters one hyphen. A name with no letter a-z or digit (a Khmer name, or none) gives
 * {@code qN}, N the question's place in the file. Ids are unique within one import: a taken one gets
 * {@code -2}, {@code -3}, ... A valid id is its own slug, so an exported id comes back unchanged.
 */
final class QuestionIds {

    private final Set<String> taken = new HashSet<>();

    /** The slug of a name; empty when it holds no letter a-z or digit. */
    static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        var slug = new StringBuilder(folded.length());
        boolean separated = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (separated && !slug.isEmpty()) {
                    slug.append('-');
                }
                separated = false;
                slug.append(c);
            } else if (c != '\'' && c != '\u2019' && Character.getType(c) != Character.NON_SPACING_MARK) {
                separated = true;
            }
        }
        return slug.toString();
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
