package org.sala.pack.gift;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Question ids from GIFT titles: {@code ::Cambodia joins ASEAN (1999)::} names the question
 * {@code cambodia-joins-asean-1999}. An id holds only lower-case letters a-z, digits and single hyphens,
 * as pack ids do; accents are folded ("Phnom Pénh" gives {@code phnom-penh}), apostrophes dropped, and
 * any other run of characters becomes one hyphen. Export writes the id as the title, and a slug is its own
 * slug, so ids round-trip.
 */
final class Titles {

    private Titles() {
    }

    /** The id a title gives; empty when the title holds no letter a-z or digit (e.g. only Khmer). */
    static String slug(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        var slug = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && !slug.isEmpty()) {
                    slug.append('-');
                }
                gap = false;
                slug.append(c);
            } else if (c != '\'' && c != '\u2019' && Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        return slug.toString();
    }
}
