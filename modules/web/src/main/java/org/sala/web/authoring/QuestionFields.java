package org.sala.web.authoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sala.engine.question.QuestionType;
import org.sala.pack.Problem;
import org.sala.pack.write.BankWriter;
import org.sala.web.authoring.Form.Field;
import org.sala.web.authoring.Form.Kind;
import org.sala.web.authoring.Form.Row;
import org.sala.web.authoring.Form.Rows;

/**
 * A question as the editing form holds it: one value per key of the pack format, and rows for its lists
 * (options, answers, units, pairs, items). It turns into the question's text in the pack format and back,
 * so the form is checked by the pack reader itself, and it tells which field a problem of that text is
 * about. Every key of every type has a field; a cloze question's gaps (sub-questions of any type) are edited
 * as pack-format text.
 */
public final class QuestionFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Field CHOICE_ID = Field.of("id", Kind.TEXT);
    private static final Field FEEDBACK = Field.of("feedback", Kind.TEXTAREA);
    private static final Field CREDIT = Field.of("credit", Kind.NUMBER);
    private static final List<Field> OUTCOME = List.of(Field.of("outcome-feedback.right", Kind.TEXTAREA),
            Field.of("outcome-feedback.partly-right", Kind.TEXTAREA), Field.of("outcome-feedback.wrong", Kind.TEXTAREA));

    /** The fields every question has, in the order the format writes them ({@code section:} comes before {@code fact:}). */
    public static final List<Field> COMMON = List.of(Field.of("id", Kind.TEXT), Field.of("points", Kind.NUMBER),
            Field.select("difficulty", "medium", "easy", "medium", "hard"), Field.of("tags", Kind.LIST), Field.of("fact", Kind.TEXT),
            Field.of("prompt", Kind.TEXTAREA), Field.of("feedback", Kind.TEXTAREA), Field.of("hints", Kind.LINES));

    private static final Map<String, List<Field>> SETTINGS = Map.of(
            "single-choice", List.of(Field.bool("shuffle", true)),
            "multiple-choice", List.of(Field.select("scoring", "all-or-nothing", "all-or-nothing", "option-percentages", "right-minus-wrong"),
                    Field.bool("shuffle", true)),
            "true-false", List.of(Field.select("answer", "", "true", "false"), Field.of("feedback-true", Kind.TEXTAREA),
                    Field.of("feedback-false", Kind.TEXTAREA)),
            "short-answer", List.of(Field.bool("case-sensitive", false), Field.select("whitespace", "collapse", "collapse", "exact"),
                    Field.select("unicode", "nfc", "nfc", "nfkc", "none"), Field.bool("fold-accents", false)),
            "numeric", List.of(Field.bool("unit-required", false), Field.of("unit-penalty", Kind.NUMBER)),
            "matching", Form.concat(List.of(Field.of("distractors", Kind.LINES), Field.bool("shuffle", true)), OUTCOME),
            "ordering", Form.concat(List.of(Field.select("scoring", "items-in-place", "items-in-place", "all-or-nothing", "adjacent-pairs")),
                    OUTCOME),
            "cloze", List.of(Field.of("text", Kind.TEXTAREA), Field.of("gaps", Kind.YAML)));

    private static final Map<String, List<Rows>> LISTS = Map.of(
            "single-choice", List.of(new Rows("choices", List.of(CHOICE_ID, Field.of("text", Kind.TEXTAREA), CREDIT, FEEDBACK))),
            "multiple-choice", List.of(new Rows("choices", List.of(CHOICE_ID, Field.of("text", Kind.TEXTAREA), CREDIT, FEEDBACK))),
            "true-false", List.of(),
            "short-answer", List.of(new Rows("answers", List.of(Field.of("text", Kind.TEXT), Field.bool("pattern", false), CREDIT, FEEDBACK))),
            "numeric", List.of(new Rows("answers", List.of(Field.of("value", Kind.NUMBER), Field.of("tolerance", Kind.NUMBER),
                    Field.bool("relative", false), CREDIT, FEEDBACK)),
                    new Rows("units", List.of(Field.of("name", Kind.TEXT), Field.of("multiplier", Kind.NUMBER)))),
            "matching", List.of(new Rows("pairs", List.of(CHOICE_ID, Field.of("prompt", Kind.TEXT), Field.of("answer", Kind.TEXT)))),
            "ordering", List.of(new Rows("items", List.of(CHOICE_ID, Field.of("text", Kind.TEXT)))),
            "cloze", List.of());

    private final Map<String, Object> values = new LinkedHashMap<>();
    private List<String> sections = new ArrayList<>();
    private final Map<String, List<Row>> rows = new LinkedHashMap<>();
    private String type;

    private QuestionFields(String type) {
        this.type = type;
    }

    /** The question types, as {@code type:} names them. */
    public static List<String> types() {
        return QuestionType.labels();
    }

    public String getType() {
        return type;
    }

    /** Changes the type; what the new type has no field for is dropped, its lists start with blank rows. */
    public void setType(String type) {
        if (type != null && types().contains(type) && !type.equals(this.type)) {
            this.type = type;
            addBlankRows();
        }
    }

    public Map<String, Object> getValues() {
        return values;
    }

    public List<String> getSections() {
        return sections;
    }

    public void setSections(List<String> sections) {
        this.sections = sections == null ? new ArrayList<>() : new ArrayList<>(sections);
    }

    public Map<String, List<Row>> getRows() {
        return rows;
    }

    /** The settings of this type, below the common fields. */
    public List<Field> settings() {
        return SETTINGS.getOrDefault(type, List.of());
    }

    /** The lists of this type. */
    public List<Rows> lists() {
        return LISTS.getOrDefault(type, List.of());
    }

    /** Blank rows at the end of every list, up to {@link Form#BLANK_ROWS}. */
    public void addBlankRows() {
        Form.addBlankRows(lists(), rows);
    }

    /** The form filled from a question's text in the pack format (a draft, or a published question as written). */
    public static QuestionFields of(String text) {
        Map<String, Object> map = Form.load(text).orElse(Map.of());
        var fields = new QuestionFields(Objects.toString(map.getOrDefault("type", "single-choice")));
        COMMON.forEach(field -> fields.values.put(field.key(), Form.fromYaml(field, map.get(field.key()))));
        Object section = map.get("section");
        fields.sections = section instanceof List<?> list ? new ArrayList<>(list.stream().map(String::valueOf).toList())
                : section == null ? new ArrayList<>() : new ArrayList<>(List.of(section.toString()));
        fields.settings().forEach(field -> fields.values.put(field.key(), Form.fromYaml(field, Form.lookup(map, field.key()))));
        fields.lists().forEach(list -> fields.rows.put(list.key(), Form.rows(list, map)));
        fields.addBlankRows();
        return fields;
    }

    /** The question in the pack format. */
    public String text() {
        var map = new LinkedHashMap<String, Object>();
        Form.putField(map, COMMON.get(0), values.get("id"));
        map.put("type", type);
        for (Field field : COMMON.subList(1, COMMON.size())) {
            if (field.key().equals("fact") && !sections.isEmpty()) {
                map.put("section", List.copyOf(sections));
            }
            Form.putField(map, field, values.get(field.key()));
        }
        settings().forEach(field -> Form.putField(map, field, values.get(field.key())));
        lists().forEach(list -> Form.putRows(map, list, rows.getOrDefault(list.key(), List.of())));
        return BankWriter.dump(map);
    }

    /**
     * The input a problem of {@link #text()} is about: a field's input id, or {@code list:index} for a row of
     * a list (0-based), or empty when it is about the whole question.
     */
    public Optional<String> inputOf(Problem problem, String text) {
        return Form.inputAt(text, problem.line(), lists().stream().map(Rows::key).toList(),
                (key, item) -> Form.rowIndex(rows.getOrDefault(key, List.of()), item))
                .map(input -> input.equals("section") ? "sections" : input.equals("outcome-feedback") ? "outcome-feedback-right" : input);
    }
}
