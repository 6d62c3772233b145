package org.sala.pack.read;

import java.util.Locale;

/**
 * Turns a heading into its fragment id: lower case, spaces to hyphens, letters, digits, marks (so
 * Khmer survives), hyphens and underscores kept, everything else dropped.
 * "Joining ASEAN in 1999" becomes {@code joining-asean-in-1999}.
 */
public final class Anchors {

    private Anchors() {
    }

    public static String slug(String heading) {
        String lower = heading.strip().toLowerCase(Locale.ROOT);
        var slug = new StringBuilder(lower.length());
        lower.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) || codePoint == '-') {
                if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') {
                    slug.append('-');
                }
            } else if (Character.isLetterOrDigit(codePoint) || codePoint == '_'
                    || Character.getType(codePoint) == Character.NON_SPACING_MARK
                    || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK) {
                slug.appendCodePoint(codePoint);
            }
        });
        int end = slug.length();
        while (end > 0 && slug.charAt(end - 1) == '-') {
            end--;
        }
        return end == 0 ? "section" : slug.substring(0, end);
    }
}
