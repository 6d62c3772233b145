package org.sala.web.authoring;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sala.pack.Problem;
import org.sala.pack.write.BankWriter;
import org.sala.web.authoring.Form.Field;
import org.sala.web.authoring.Form.Kind;

/**
 * A lesson file as the lesson form holds it: the front matter (title, place in the course, minutes,
 * objectives; the id stays) and the Markdown body. Headings ({@code ## ...}) are the sections questions
 * point to.
 */
public final class LessonFields implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The front matter's fields, in the order the format writes them. */
    public static final List<Field> FRONT = List.of(Field.of("title", Kind.TEXT), Field.of("order", Kind.NUMBER),
            Field.of("minutes", Kind.NUMBER), Field.of("objectives", Kind.LINES));

    private final Map<String, Object> values = new LinkedHashMap<>();
    private String id = "";
    private String body = "";

    private LessonFields() {
    }

    /** The form filled from a lesson file. */
    public static LessonFields of(String text) {
        var fields = new LessonFields();
        List<String> lines = text.lines().toList();
        int end = lines.isEmpty() || !lines.get(0).strip().equals("---") ? -1
                : lines.subList(1, lines.size()).indexOf("---") + 1;
        Map<String, Object> front = end > 0 ? Form.load(String.join("\n", lines.subList(1, end))).orElse(Map.of()) : Map.of();
        fields.id = Form.text(front.get("id"));
        FRONT.forEach(field -> fields.values.put(field.key(), Form.fromYaml(field, front.get(field.key()))));
        fields.body = end > 0 ? String.join("\n", lines.subList(end + 1, lines.size())).strip() : text.strip();
        return fields;
    }

    /** The lesson file: the front matter between two {@code ---} lines, then the body. */
    public String text() {
        return "---\n" + frontMatter() + "---\n" + body.replace("\r\n", "\n").strip() + "\n";
    }

    private String frontMatter() {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", id);
        FRONT.forEach(field -> Form.putField(map, field, values.get(field.key())));
        return BankWriter.dump(map);
    }

    /** The input a problem of the file is about: a front matter field, {@code body}, or empty. */
    public Optional<String> inputOf(Problem problem) {
        int frontLines = (int) frontMatter().lines().count();
        if (problem.line() <= 0) {
            return Optional.empty();
        }
        if (problem.line() > frontLines + 2) {
            return Optional.of("body");
        }
        return Form.inputAt(frontMatter(), problem.line() - 1, List.of(), (key, item) -> item);
    }

    public String getId() {
        return id;
    }

    public Map<String, Object> getValues() {
        return values;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }

    public List<Field> front() {
        return FRONT;
    }
}
