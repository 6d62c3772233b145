package org.sala.pack.qti;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sala.engine.question.Difficulty;
import org.sala.pack.Problem;
import org.sala.pack.model.PackQuestion;

/**
 * Exports pack questions as QTI 3.0 items, alone or as a content package. Whatever QTI cannot say in
 * this mapping (hints, pattern answers, units, a scoring the templates lack, the lesson sections a question
 * points at) is a warning naming the question, never dropped quietly; a Sala import of the export gives
 * back an equal question wherever QTI can say it all.
 */
public final class QtiExport {

    /** Where a content package keeps its items. */
    static final String ITEMS = "items/";

    private QtiExport() {
    }

    /** An item's XML and what it could not say. */
    public record Exported(String xml, List<Problem> warnings) {

        public Exported {
            warnings = List.copyOf(warnings);
        }
    }

    /** The question as a standalone {@code qti-assessment-item} document. */
    public static String writeItem(PackQuestion question) {
        return export(question).xml();
    }

    /**
     * The question as a standalone item with its warnings. Alone, an item has no place for the question's
     * tags and difficulty (a package's manifest has), so those are warned about too.
     */
    public static Exported export(PackQuestion question) {
        String file = question.id() + ".xml";
        var warnings = new ArrayList<Problem>();
        ItemWriter.Written written = ItemWriter.write(question.question());
        written.warnings().forEach(message -> warnings.add(warning(file, question, message)));
        if (question.difficulty() != Difficulty.MEDIUM || !question.tags().isEmpty()) {
            warnings.add(warning(file, question, "its difficulty and tags are kept only in a content package's manifest,"
                    + " not in a lone item"));
        }
        warnSections(file, question, warnings);
        return new Exported(written.xml(), warnings);
    }

    /**
     * Writes a content package: {@code imsmanifest.xml} listing each question as an
     * {@code imsqti_item_xmlv3p0} resource (with its tags and difficulty as LOM metadata) and the items
     * under {@code items/}. A question whose id repeats an earlier one is left out, with a warning.
     *
     * @return the warnings, each naming its question
     */
    public static List<Problem> writePackage(List<PackQuestion> questions, Path zip) throws IOException {
        var warnings = new ArrayList<Problem>();
        var files = new LinkedHashMap<String, String>();
        var resources = new ArrayList<ContentPackage.Resource>();
        var ids = new HashSet<String>();
        var names = new HashSet<String>();
        for (PackQuestion question : questions) {
            if (!ids.add(question.id())) {
                warnings.add(new Problem(Problem.Severity.WARNING, ContentPackage.MANIFEST, 0, 0, "question '" + question.id()
                        + "' appears twice; only the first is exported"));
                continue;
            }
            String name = fileName(question.id(), names);
            String file = ITEMS + name + ".xml";
            ItemWriter.Written written = ItemWriter.write(question.question());
            written.warnings().forEach(message -> warnings.add(warning(file, question, message)));
            warnSections(file, question, warnings);
            files.put(file, written.xml());
            resources.add(new ContentPackage.Resource("item-" + name, file, question.difficulty(), question.tags()));
        }
        var archive = new LinkedHashMap<String, String>();
        archive.put(ContentPackage.MANIFEST, ContentPackage.manifest("sala-" + Integer.toHexString(ids.hashCode()), resources));
        archive.putAll(files);
        ContentPackage.write(zip, archive);
        return warnings;
    }

    /** A file name from the id: letters, digits, '.', '_' and '-' kept, anything else '_', made unique. */
    private static String fileName(String id, Set<String> taken) {
        String base = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0)) && base.charAt(0) != '_') {
            base = "q" + base;
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private static void warnSections(String file, PackQuestion question, List<Problem> warnings) {
        if (!question.sections().isEmpty()) {
            warnings.add(warning(file, question, "the lesson sections that teach it " + question.sections()
                    + " are not exported: they name lessons of this pack"));
        }
    }

    private static Problem warning(String file, PackQuestion question, String message) {
        return new Problem(Problem.Severity.WARNING, file, 0, 0, "question '" + question.id() + "': " + message);
    }
}
