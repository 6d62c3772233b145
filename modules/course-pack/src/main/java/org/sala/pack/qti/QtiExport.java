package org.sala.pack.qti;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sala.engine.question.Difficulty;
import org.sala.pack.Problem;
import org.sala.pack.interchange.ExportResult;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.model.PackQuestion;

/**
 * Exports pack questions as QTI 3.0 items, alone or as a content package. Whatever QTI cannot say in
 * this mapping (hints, pattern answers, units, a scoring the templates lack, the lesson sections a question
 * points at, the category it was filed under) is a warning naming the question, never dropped quietly; a
 * Sala import of the export gives back an equal question wherever QTI can say it all.
 */
final class QtiExport {

    /** Where a content package keeps its items. */
    static final String ITEMS = "items/";

    private QtiExport() {
    }

    /** The question as a standalone {@code qti-assessment-item} document. */
    static String writeItem(PackQuestion question) {
        return export(question).text();
    }

    /**
     * The question as a standalone item (UTF-8 XML) with its warnings. Alone, an item has no place for the
     * question's tags and difficulty (a package's manifest has), so those are warned about too.
     */
    static ExportResult export(PackQuestion question) {
        String file = question.id() + ".xml";
        var warnings = new ArrayList<Problem>();
        ItemWriter.Written written = ItemWriter.write(question.question());
        written.warnings().forEach(message -> warnings.add(warning(file, question, message)));
        if (question.difficulty() != Difficulty.MEDIUM || !question.tags().isEmpty()) {
            warnings.add(warning(file, question, "its difficulty and tags are kept only in a content package's manifest,"
                    + " not in a lone item"));
        }
        warnSections(file, question, warnings);
        return ExportResult.utf8(written.xml(), warnings);
    }

    /**
     * A content package: {@code imsmanifest.xml} listing each question as an {@code imsqti_item_xmlv3p0}
     * resource (with its tags and difficulty as LOM metadata) and the items under {@code items/}. A question
     * whose id repeats an earlier one is left out, with a warning; so is a category, which QTI has no place for.
     */
    static ExportResult writePackage(List<ImportedQuestion> questions) {
        var warnings = new ArrayList<Problem>();
        var files = new LinkedHashMap<String, String>();
        var resources = new ArrayList<ContentPackage.Resource>();
        var ids = new HashSet<String>();
        var names = new HashSet<String>();
        for (ImportedQuestion imported : questions) {
            PackQuestion question = imported.question();
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
            if (!imported.category().isEmpty()) {
                warnings.add(warning(file, question, "its category '" + imported.category() + "' is not exported: a QTI"
                        + " content package files no question under a category"));
            }
            files.put(file, written.xml());
            resources.add(new ContentPackage.Resource("item-" + name, file, question.difficulty(), question.tags()));
        }
        var archive = new LinkedHashMap<String, String>();
        archive.put(ContentPackage.MANIFEST, ContentPackage.manifest("sala-" + Integer.toHexString(ids.hashCode()), resources));
        archive.putAll(files);
        return new ExportResult(ContentPackage.write(archive), warnings);
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
