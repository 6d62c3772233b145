package org.sala.pack.gift;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sala.pack.interchange.HtmlText;

/**
 * A stretch of a GIFT file with its escapes decoded. The characters GIFT gives a meaning to
 * ({@code ~ = # { } :}) stand for themselves where they are structure; where the author escaped them
 * ({@code \~}, {@code \=}, ...) they are replaced by stand-ins, Unicode noncharacters U+FDD0..U+FDD6 that
 * no text should hold. So the parser finds structure with plain searches and can never mistake an escaped
 * character for it; {@link #plain()} turns the stand-ins back into the characters they stand for.
 *
 * <p>Escapes are Moodle's: {@code \\} is a backslash, {@code \n} a line break, {@code \~ \= \# \{ \} \:} the
 * character itself; any other backslash stays as it is.
 *
 * <p>Every character remembers its offset in the file, so a problem found anywhere in a question is
 * reported where an author can find it. Invariant: {@code origins.length == text.length() + 1}; the last
 * origin is the offset just past the end, which is where an empty text "is".
 */
final class GiftText {

    /** The characters an author can escape; the stand-in of the i-th is {@code STAND_IN + i}. */
    private static final String ESCAPABLE = "~=#{}:";
    private static final char STAND_IN = '\uFDD0';
    private static final char LINE_BREAK_STAND_IN = (char) (STAND_IN + ESCAPABLE.length());

    /** What may be a text format tag at the start of a text, e.g. {@code [html]}. */
    private static final Pattern FORMAT = Pattern.compile("^\\[([A-Za-z]+)]");
    private static final Set<String> FORMATS = Set.of("html", "moodle", "plain", "markdown");

    private final String text;
    private final int[] origins;

    private GiftText(String text, int[] origins) {
        this.text = text;
        this.origins = origins;
    }

    /**
     * Decodes the escapes of {@code raw}, whose i-th character sits at file offset {@code rawOrigins[i]}
     * ({@code rawOrigins} holds one more entry: the offset just past the end).
     */
    static GiftText decode(String raw, int[] rawOrigins) {
        var decoded = new StringBuilder(raw.length());
        int[] origins = new int[raw.length() + 1];
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            origins[decoded.length()] = rawOrigins[i];
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                int escapable = ESCAPABLE.indexOf(next);
                if (next == '\\' || next == 'n' || escapable >= 0) {
                    decoded.append(next == '\\' ? '\\' : next == 'n' ? LINE_BREAK_STAND_IN : (char) (STAND_IN + escapable));
                    i++;
                    continue;
                }
            }
            decoded.append(c);
        }
        origins[decoded.length()] = rawOrigins[raw.length()];
        return new GiftText(decoded.toString(), Arrays.copyOf(origins, decoded.length() + 1));
    }

    /**
     * Writes {@code text} so that GIFT reads it back unchanged: the characters GIFT gives a meaning to,
     * and the backslash, are escaped; line breaks become {@code \n} (a question is one block of lines
     * ended by a blank line, so a text cannot hold a real one).
     */
    static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || ESCAPABLE.indexOf(c) >= 0) {
                escaped.append('\\').append(c);
            } else if (c == '\n') {
                escaped.append("\\n");
            } else if (c != '\r') {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    int length() {
        return text.length();
    }

    boolean isBlank() {
        return text.isBlank();
    }

    boolean startsWith(String prefix) {
        return text.startsWith(prefix);
    }

    int indexOf(String structure) {
        return text.indexOf(structure);
    }

    int indexOf(String structure, int from) {
        return text.indexOf(structure, from);
    }

    int lastIndexOf(String structure) {
        return text.lastIndexOf(structure);
    }

    /** The first of {@code characters} found, or -1. */
    int indexOfAny(String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The decoded text with stand-ins still in place: what structure is searched in. */
    String marked() {
        return text;
    }

    GiftText slice(int from, int to) {
        return new GiftText(text.substring(from, to), Arrays.copyOfRange(origins, from, to + 1));
    }

    GiftText from(int index) {
        return slice(index, text.length());
    }

    GiftText strip() {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return slice(start, end);
    }

    GiftText stripLeading() {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return from(start);
    }

    /** File offset of the first character (of the end, when empty). */
    int position() {
        return origins[0];
    }

    int positionOf(int index) {
        return origins[index];
    }

    /** The text as the author meant it: escaped characters and line breaks restored. */
    String plain() {
        var plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == LINE_BREAK_STAND_IN) {
                plain.append('\n');
            } else if (c >= STAND_IN && c < LINE_BREAK_STAND_IN) {
                plain.append(ESCAPABLE.charAt(c - STAND_IN));
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /** What HTML conversions on this thread could not keep, for the importer to warn about per question ({@link #drainLost}). */
    private static final ThreadLocal<List<String>> LOST = ThreadLocal.withInitial(ArrayList::new);

    /**
     * The content of a text that may start with a format tag ({@code [html]}, {@code [moodle]},
     * {@code [plain]}, {@code [markdown]}): the tag is dropped, escapes restored, surrounding whitespace
     * stripped. Sala's texts are Markdown: an {@code [html]} text, or an untagged or {@code [moodle]} one
     * holding markup (Moodle's default format takes HTML), is converted ({@link HtmlText}); what the conversion
     * cannot keep is collected for {@link #drainLost}. Other texts are kept as written.
     *
     * @throws Rejection if the text starts with a tag that names no format
     */
    String content() {
        return markdown(withoutFormat().plain().strip(), format());
    }

    /** The format tag this text starts with, lower-case ({@code html}, {@code markdown}, ...); empty without one. */
    String format() {
        Matcher tag = FORMAT.matcher(stripLeading().text);
        return tag.find() ? tag.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** A text of this format as Sala keeps it: HTML as Markdown (see {@link #content}), anything else as it is. */
    static String markdown(String text, String format) {
        boolean html = format.equals("html") || (format.isEmpty() || format.equals("moodle")) && HtmlText.looksLikeHtml(text);
        if (!html || text.isEmpty()) {
            return text;
        }
        HtmlText.Converted converted = HtmlText.toMarkdown(text);
        LOST.get().addAll(converted.lost());
        return converted.markdown();
    }

    /** What the HTML conversions since the last call could not keep; empties the list. */
    static List<String> drainLost() {
        List<String> lost = List.copyOf(LOST.get());
        LOST.get().clear();
        return lost;
    }

    /**
     * This text after its format tag, if it has one. Only leading whitespace is dropped: the end is kept
     * as written, because a prompt's text before the answers may end with the space before a blank.
     */
    GiftText withoutFormat() {
        GiftText stripped = stripLeading();
        Matcher tag = FORMAT.matcher(stripped.text);
        if (!tag.find()) {
            return stripped;
        }
        if (FORMATS.contains(tag.group(1).toLowerCase(Locale.ROOT))) {
            return stripped.from(tag.end());
        }
        // An unknown name followed by ( or [ is a Markdown link ([Mekong](url), [Mekong][1]), not a format.
        if (!stripped.text.startsWith("(", tag.end()) && !stripped.text.startsWith("[", tag.end())) {
            throw new Rejection(stripped.position(), "unknown text format [" + tag.group(1)
                    + "]; GIFT knows [html], [moodle], [plain] and [markdown] (to start a text with a bracket, write [markdown] before it)");
        }
        return stripped;
    }

    @Override
    public String toString() {
        return plain();
    }
}
