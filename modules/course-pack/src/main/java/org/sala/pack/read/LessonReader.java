package org.sala.pack.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Section;

/**
 * Reads a lesson: YAML front matter between two {@code ---} lines, then the Markdown body, whose
 * headings become the lesson's sections.
 */
final class LessonReader {

    private static final Set<String> KEYS = Set.of("id", "title", "order", "minutes", "objectives");
    private static final Parser MARKDOWN = Parser.builder().build();

    private LessonReader() {
    }

    static Optional<Lesson> read(String file, String text, Problems problems) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.error(file, 1, 1, "a lesson starts with front matter: a line '---', then id, title and order, then '---'");
            return Optional.empty();
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.error(file, 1, 1, "the front matter opened on line 1 is never closed by a line '---'");
            return Optional.empty();
        }
        String frontMatter = String.join("\n", lines.subList(1, end));
        String body = String.join("\n", lines.subList(end + 1, lines.size()));
        Optional<YamlMap> parsed = YamlMap.parse(file, frontMatter, 1, "the lesson's front matter", KEYS, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap fields = parsed.get();
        Optional<String> id = fields.requiredString("id");
        id.ifPresent(value -> PackReader.checkId(fields, "id", value));
        Optional<String> title = fields.requiredString("title");
        Optional<Integer> order = fields.integer("order", 0, 10_000);
        if (!fields.has("order")) {
            fields.errorAt("order", "the lesson's front matter has no 'order' (its place in the course: 1, 2, ...)");
        }
        int minutes = fields.integer("minutes", 1, 600).orElse(estimateMinutes(body));
        List<String> objectives = fields.strings("objectives");
        if (body.isBlank()) {
            problems.error(file, end + 2, 1, "the lesson has no text after its front matter");
        }
        if (id.isEmpty() || title.isEmpty() || order.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Lesson(id.get(), title.get(), order.get(), minutes, objectives, body, sections(body)));
    }

    /** The body's headings in order, each with an anchor unique within the lesson. */
    static List<Section> sections(String markdown) {
        var sections = new ArrayList<Section>();
        var used = new HashSet<String>();
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String title = textOf(heading);
                String anchor = Anchors.slug(title);
                String unique = anchor;
                for (int n = 2; !used.add(unique); n++) {
                    unique = anchor + "-" + n;
                }
                sections.add(new Section(unique, title, heading.getLevel()));
            }
        });
        return sections;
    }

    private static String textOf(Node node) {
        var text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    /** About 200 words a minute, for lessons whose author gave no estimate. */
    private static int estimateMinutes(String body) {
        long words = body.split("\\s+").length;
        return (int) Math.max(1, Math.round(words / 200.0));
    }
}
