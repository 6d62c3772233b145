package org.sala.pack.qti;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.Question;
import org.sala.pack.Problem;
import org.sala.pack.interchange.ImportResult;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.interchange.Utf8Text;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Element;

/**
 * Imports QTI 3.0 items, one at a time or from a content package, as uncategorized questions (QTI files
 * no question under a category). Input is never trusted and never makes this throw: malformed XML, a
 * DOCTYPE (refused, so no external entity is ever resolved), an unsafe archive, an unsupported interaction
 * or unreadable response processing each become a {@link Problem} at {@code file:line:column}, and every
 * other item still imports.
 *
 * <p>Imported questions start as {@link PackQuestion#of}: medium difficulty, no tags, no sections; a
 * package's LOM metadata (keywords, difficulty) fills in tags and difficulty.
 */
final class QtiImport {

    private QtiImport() {
    }

    /** One {@code qti-assessment-item} document; {@code fileName} is where problems say they are. */
    static ImportResult readItem(String fileName, String xml) {
        var problems = new ArrayList<Problem>();
        if (!xml.isBlank() && !xml.stripLeading().startsWith("<")) {
            return ImportResult.unreadable(new Problem(Problem.Severity.ERROR, fileName, 0, 0,
                    "is not XML, so neither a QTI item nor a content package (a .zip); if it is GIFT, import it as gift"));
        }
        Optional<Question> question = ItemReader.read(fileName, xml, problems);
        return new ImportResult(question.map(PackQuestion::of).map(ImportedQuestion::uncategorized).stream().toList(), problems);
    }

    /** Every QTI 3.0 item a content package's manifest lists; {@code archiveName} is where archive problems are. */
    static ImportResult readPackage(String archiveName, byte[] archive) {
        var problems = new ArrayList<Problem>();
        var questions = new ArrayList<ImportedQuestion>();
        var read = new HashSet<String>();
        Map<String, byte[]> files;
        try {
            files = ContentPackage.open(archive);
        } catch (ContentPackage.Refused refused) {
            return ImportResult.unreadable(new Problem(Problem.Severity.ERROR, archiveName, 0, 0, refused.getMessage()));
        }
        byte[] manifestBytes = files.get(ContentPackage.MANIFEST);
        if (manifestBytes == null) {
            return ImportResult.unreadable(new Problem(Problem.Severity.ERROR, archiveName, 0, 0,
                    "has no " + ContentPackage.MANIFEST + " at its root; it is not a QTI content package"));
        }
        Optional<Element> manifest = parse(ContentPackage.MANIFEST, manifestBytes, problems);
        if (manifest.isEmpty()) {
            return new ImportResult(questions, problems);
        }
        var ids = new HashSet<String>();
        var tests = new ArrayList<Element>();
        for (Element resource : Qti.descendants(manifest.get(), "resource")) {
            String type = resource.getAttribute("type").strip();
            if (type.startsWith(ContentPackage.ITEM)) {
                read.add(itemPath(resource));
                item(resource, files, problems).ifPresent(question -> {
                    if (ids.add(question.id())) {
                        questions.add(ImportedQuestion.uncategorized(question));
                    } else {
                        problems.add(at(Problem.Severity.ERROR, ContentPackage.MANIFEST, resource, "two items have the id '"
                                + question.id() + "'; the one in " + resource.getAttribute("href") + " is left out"));
                    }
                });
            } else if (type.startsWith("imsqti_item_xmlv2")) {
                problems.add(at(Problem.Severity.WARNING, ContentPackage.MANIFEST, resource, "resource '"
                        + resource.getAttribute("identifier") + "' is a QTI 2 item (" + type + "); Sala imports QTI 3.0 items"));
            } else if (type.startsWith("imsqti_test_xmlv3p0")) {
                tests.add(resource);
            }
        }
        for (Element test : tests) {
            // A package may list only its test: its items are read through the test's item references.
            for (String path : itemReferences(test, files, problems)) {
                if (!read.add(path)) {
                    continue;
                }
                itemAt(path, test, files, problems).ifPresent(question -> {
                    if (ids.add(question.id())) {
                        questions.add(ImportedQuestion.uncategorized(question));
                    } else {
                        problems.add(new Problem(Problem.Severity.ERROR, path, 0, 0, "two items have the id '" + question.id()
                                + "'; this one is left out"));
                    }
                });
            }
        }
        return new ImportResult(questions, problems);
    }

    /** The package path of an item resource's file (its href, or its first file's). */
    private static String itemPath(Element resource) {
        String href = resource.getAttribute("href");
        if (href.isBlank()) {
            href = SafeXml.child(resource, "file").map(file -> file.getAttribute("href")).orElse("");
        }
        return ContentPackage.path(href);
    }

    /** The package paths of the items an assessment test refers to ({@code qti-assessment-item-ref href}), in test order. */
    private static List<String> itemReferences(Element resource, Map<String, byte[]> files, List<Problem> problems) {
        String testPath = itemPath(resource);
        byte[] bytes = files.get(testPath);
        if (testPath.isEmpty() || ContentPackage.leaves(testPath) || bytes == null) {
            problems.add(at(Problem.Severity.ERROR, ContentPackage.MANIFEST, resource, "assessment test '"
                    + resource.getAttribute("identifier") + "' points at '" + testPath + "', which the package does not hold"));
            return List.of();
        }
        Optional<Element> test = parse(testPath, bytes, problems);
        if (test.isEmpty()) {
            return List.of();
        }
        var paths = new ArrayList<String>();
        for (Element reference : Qti.descendants(test.get(), "qti-assessment-item-ref")) {
            String href = reference.getAttribute("href").strip();
            String path;
            try {
                path = ContentPackage.path(java.net.URI.create(testPath.replace(" ", "%20")).resolve(href.replace(" ", "%20")).getPath());
            } catch (IllegalArgumentException notAPath) {
                path = "";
            }
            if (path.isEmpty() || ContentPackage.leaves(path) || !files.containsKey(path)) {
                problems.add(at(Problem.Severity.ERROR, testPath, reference, "item reference '" + reference.getAttribute("identifier")
                        + "' points at '" + href + "', which the package does not hold; skipped"));
                continue;
            }
            paths.add(path);
        }
        return paths;
    }

    /** An item a test refers to, read from its file (no manifest metadata: medium, no tags). */
    private static Optional<PackQuestion> itemAt(String path, Element test, Map<String, byte[]> files, List<Problem> problems) {
        Optional<String> xml = ContentPackage.text(files.get(path));
        if (xml.isEmpty()) {
            problems.add(Utf8Text.notUtf8(path));
            return Optional.empty();
        }
        return ItemReader.read(path, xml.get(), problems).map(PackQuestion::of);
    }

    private static Optional<PackQuestion> item(Element resource, Map<String, byte[]> files, List<Problem> problems) {
        String href = resource.getAttribute("href");
        if (href.isBlank()) {
            href = SafeXml.child(resource, "file").map(file -> file.getAttribute("href")).orElse("");
        }
        String path = ContentPackage.path(href);
        if (path.isEmpty() || ContentPackage.leaves(path)) {
            problems.add(at(Problem.Severity.ERROR, ContentPackage.MANIFEST, resource, "item resource '"
                    + resource.getAttribute("identifier") + "' points at '" + href + "', which is not a file inside the package"));
            return Optional.empty();
        }
        byte[] bytes = files.get(path);
        if (bytes == null) {
            problems.add(at(Problem.Severity.ERROR, ContentPackage.MANIFEST, resource, "item resource '"
                    + resource.getAttribute("identifier") + "' points at '" + path + "', which the package does not hold"));
            return Optional.empty();
        }
        Optional<String> xml = ContentPackage.text(bytes);
        if (xml.isEmpty()) {
            problems.add(Utf8Text.notUtf8(path));
            return Optional.empty();
        }
        return ItemReader.read(path, xml.get(), problems).map(question -> withMetadata(question, resource, problems));
    }

    /** Tags from LOM keywords, difficulty from LOM educational difficulty. */
    private static PackQuestion withMetadata(Question question, Element resource, List<Problem> problems) {
        Set<String> tags = new LinkedHashSet<>();
        Difficulty difficulty = Difficulty.MEDIUM;
        for (Element metadata : SafeXml.children(resource, "metadata")) {
            for (Element keyword : Qti.descendants(metadata, "keyword")) {
                Qti.descendants(keyword, "string").stream().map(text -> text.getTextContent().strip())
                        .filter(text -> !text.isEmpty()).forEach(tags::add);
            }
            for (Element level : Qti.descendants(metadata, "difficulty")) {
                for (Element value : Qti.descendants(level, "value")) {
                    Optional<Difficulty> read = ContentPackage.difficulty(value.getTextContent());
                    if (read.isPresent()) {
                        difficulty = read.get();
                    } else {
                        problems.add(at(Problem.Severity.WARNING, ContentPackage.MANIFEST, value, "difficulty '"
                                + value.getTextContent().strip() + "' is not a LOM difficulty; the question stays medium"));
                    }
                }
            }
        }
        return new PackQuestion(question, difficulty, tags, List.of());
    }

    private static Optional<Element> parse(String file, byte[] bytes, List<Problem> problems) {
        Optional<String> text = ContentPackage.text(bytes);
        if (text.isEmpty()) {
            problems.add(Utf8Text.notUtf8(file));
            return Optional.empty();
        }
        SafeXml.Parsed parsed = SafeXml.parse(file, text.get());
        problems.addAll(parsed.problems());
        return parsed.document().map(document -> document.getDocumentElement());
    }

    private static Problem at(Problem.Severity severity, String file, Element element, String message) {
        return new Problem(severity, file, SafeXml.line(element), SafeXml.column(element), message);
    }
}
