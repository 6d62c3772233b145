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
            new TextFormat("gift", "gift", GiftImport::read, GiftExport::write),
            new TextFormat("moodle-xml", "xml", MoodleXmlImport::read, MoodleXmlExport::write),
            new QtiFormat());

    private QuestionFormats() {
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
