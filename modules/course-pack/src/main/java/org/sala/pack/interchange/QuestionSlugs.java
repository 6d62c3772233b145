package org.sala.pack.interchange;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule by which every importer turns a name or title from another format into a question id, so
 * a question gets the same id from GIFT or Moodle XML: lower-case letters a-z, digits and single hyphens;
 * accents folded ("Phnom Pénh" gives {@code phnom-penh}), apostrophes dropped ("ASEAN's" gives
 * {@code aseans}), any other run of characters one hyphen. A valid id is its own slug, so exported ids
 * come back unchanged.
 */
public final class QuestionSlugs {

    private QuestionSlugs() {
    }

    /** The slug of a name; empty when it holds no letter a-z or digit (e.g. only Khmer). */
    public static String slug(String name) {
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
}
