package org.sala.engine.question;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * How a typed answer is compared with the accepted ones. Both sides go through {@link #normalize}:
 * surrounding whitespace is always dropped; then, as chosen, inner runs of whitespace become one space,
 * the text is brought to a Unicode normal form, accents are folded and case is ignored.
 *
 * <p>Accent folding removes only the combining diacritical marks used with Latin, Greek and Cyrillic
 * letters (U+0300..U+036F and their supplements), never the vowel signs and diacritics of scripts such
 * as Khmer, which carry meaning there: "ពេល" stays "ពេល", "Phnom Pénh" becomes "Phnom Penh".
 *
 * @param caseSensitive      whether "ASEAN" and "asean" differ
 * @param collapseWhitespace whether inner runs of spaces, tabs and line breaks count as one space
 * @param form               the Unicode normal form both sides are brought to
 * @param foldAccents        whether "é" counts as "e"
 */
public record TextMatching(boolean caseSensitive, boolean collapseWhitespace, UnicodeForm form, boolean foldAccents) {

    /** Unicode normalization: NFC joins composed characters; NFKC also folds compatibility forms (full-width letters, ligatures). */
    public enum UnicodeForm {
        NONE, NFC, NFKC
    }

    /** Case-insensitive, whitespace collapsed, NFC, accents significant: what most short answers want. */
    public static final TextMatching DEFAULT = new TextMatching(false, true, UnicodeForm.NFC, false);

    public TextMatching {
        Objects.requireNonNull(form, "form");
    }

    public String normalize(String text) {
        String result = text.strip();
        if (collapseWhitespace) {
            result = collapse(result);
        }
        if (foldAccents) {
            result = Normalizer.normalize(result, Normalizer.Form.NFD);
            result = stripLatinMarks(result);
        }
        result = switch (form) {
            case NONE -> result;
            case NFC -> Normalizer.normalize(result, Normalizer.Form.NFC);
            case NFKC -> Normalizer.normalize(result, Normalizer.Form.NFKC);
        };
        return caseSensitive ? result : result.toLowerCase(Locale.ROOT);
    }

    private static String collapse(String text) {
        var out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String stripLatinMarks(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean latinMark = (c >= '\u0300' && c <= '\u036F') || (c >= '\u1AB0' && c <= '\u1AFF')
                    || (c >= '\u1DC0' && c <= '\u1DFF') || (c >= '\u20D0' && c <= '\u20FF') || (c >= '\uFE20' && c <= '\uFE2F');
            if (!latinMark) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
