package org.sala.pack.formats;

import java.util.List;
import org.sala.pack.gift.GiftExport;
import org.sala.pack.gift.GiftImport;
import org.sala.pack.interchange.QuestionFormat;
import org.sala.pack.interchange.TextFormat;
import org.sala.pack.moodle.MoodleXmlExport;
import org.sala.pack.moodle.MoodleXmlImport;
import org.sala.pack.qti.QtiFormat;

/**
 * Every interchange format Sala reads and writes, by name. The one list: the command line, and anything
 * else that offers a choice of formats, takes its formats and their names from here.
 */
public final class QuestionFormats {

    private static final List<QuestionFormat> ALL = List.of(
            new TextFormat("gift", "gift", (file, text) -> looksLikeXml(text)
                    ? wrongFormat(file, "looks like XML (Moodle XML or QTI), not GIFT; import it as moodle-xml or qti")
                    : GiftImport.read(file, text), GiftExport::write),
            new TextFormat("moodle-xml", "xml", (file, text) -> !looksLikeXml(text) && !text.isBlank()
                    ? wrongFormat(file, "is not XML, so no Moodle XML file (one starts with '<?xml' or '<quiz>'); if it is GIFT, import it as gift")
                    : MoodleXmlImport.read(file, text), MoodleXmlExport::write),
            new QtiFormat());

    private QuestionFormats() {
    }

    /** Whether text starts as XML does (after blank space): with '<'. */
    static boolean looksLikeXml(String text) {
        return text.stripLeading().startsWith("<");
    }

    /** One error for a file of another format than the one given. */
    static org.sala.pack.interchange.ImportResult wrongFormat(String file, String message) {
        return org.sala.pack.interchange.ImportResult.unreadable(new org.sala.pack.Problem(org.sala.pack.Problem.Severity.ERROR, file, 0, 0, message));
    }

    /** The formats, in the order they are offered: GIFT, Moodle XML, QTI. */
    public static List<QuestionFormat> all() {
        return ALL;
    }

    /** The names a user may give, in the same order. */
    public static List<String> names() {
        return ALL.stream().map(QuestionFormat::name).toList();
    }

    /**
     * The format with this name.
     *
     * @throws IllegalArgumentException naming the known formats, when no format has the name
     */
    public static QuestionFormat named(String name) {
        return ALL.stream().filter(format -> format.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown format '" + name + "'; known formats are " + String.join(", ", names())));
    }
}
