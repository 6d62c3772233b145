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
import org.sala.web.authoring.Form.Row;
import org.sala.web.authoring.Form.Rows;

/**
 * A quiz's file as the settings form holds it: every setting of the pack format (mode, tries and penalty,
 * time limit, opening and closing, attempts and the delay between them, grading, pass mark, marking, review
 * options), the questions it includes and the draws by tag and difficulty. Questions written inside the
 * quiz file are kept as they are (they are edited in the file).
 */
public final class QuizFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String REVIEW_ITEMS = "all, none, or some of responses, correctness, marks, specific-feedback, "
            + "general-feedback, right-answer, overall-feedback";

    /** The settings, in the order the format writes them. */
    public static final List<Field> SETTINGS = List.of(Field.of("title", Kind.TEXT), Field.of("description", Kind.TEXTAREA),
            Field.of("lesson", Kind.TEXT), Field.select("mode", "interactive", "interactive", "deferred"),
            Field.of("tries", Kind.NUMBER), Field.of("penalty", Kind.NUMBER), Field.of("time-limit", Kind.TEXT),
            Field.of("opens", Kind.TEXT), Field.of("closes", Kind.TEXT), Field.of("grace-period", Kind.TEXT),
            Field.of("attempts", Kind.NUMBER), Field.of("delay", Kind.TEXT),
            Field.select("grading", "highest", "highest", "average", "first", "last"), Field.of("pass-mark", Kind.NUMBER),
            Field.bool("negative-marking", false), Field.bool("certainty-based", false), Field.bool("shuffle-questions", false),
            Field.of("review.during", Kind.LIST), Field.of("review.immediately-after", Kind.LIST), Field.of("review.later", Kind.LIST),
            Field.of("review.after-close", Kind.LIST), Field.of("include", Kind.LIST));

    /** The draws: how many questions, with which tags, of which difficulty. */
    public static final Rows DRAWS = new Rows("draws", List.of(Field.of("count", Kind.NUMBER), Field.of("tags", Kind.LIST),
            Field.select("difficulty", "", "", "easy", "medium", "hard")));

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, List<Row>> rows = new LinkedHashMap<>();
    private String id = "";
    private Object written;

    private QuizFields() {
    }

    /** The review items a learner can be shown, for the help next to the review fields. */
    public static String reviewItems() {
        return REVIEW_ITEMS;
    }

    /** The form filled from a quiz file. */
    public static QuizFields of(String text) {
        Map<String, Object> map = Form.load(text).orElse(Map.of());
        var fields = new QuizFields();
        fields.id = Form.text(map.get("id"));
        fields.written = map.get("questions");
        SETTINGS.forEach(field -> fields.values.put(field.key(), Form.fromYaml(field, Form.lookup(map, field.key()))));
        fields.rows.put(DRAWS.key(), Form.rows(DRAWS, map));
        fields.addBlankRows();
        return fields;
    }

    public void addBlankRows() {
        Form.addBlankRows(List.of(DRAWS), rows);
    }

    /** The quiz file in the pack format. */
    public String text() {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", id);
        for (Field field : SETTINGS) {
            if (field.key().equals("include") && written != null) {
                map.put("questions", written);
            }
            Form.putField(map, field, values.get(field.key()));
        }
        Form.putRows(map, DRAWS, rows.getOrDefault(DRAWS.key(), List.of()));
        return BankWriter.dump(map);
    }

    /** The input a problem at a line of {@link #text()} is about, or empty. */
    public Optional<String> inputOf(Problem problem, String text) {
        return Form.inputAt(text, problem.line(), List.of(DRAWS.key()), (key, item) -> Form.rowIndex(rows.getOrDefault(key, List.of()), item));
    }

    public String getId() {
        return id;
    }

    /** Whether the file writes questions of its own (kept as they are). */
    public boolean isWritesQuestions() {
        return written instanceof List<?> list && !list.isEmpty();
    }

    public Map<String, Object> getValues() {
        return values;
    }

    public Map<String, List<Row>> getRows() {
        return rows;
    }

    public List<Field> settings() {
        return SETTINGS;
    }
}
