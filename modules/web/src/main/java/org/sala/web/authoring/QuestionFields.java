package org.sala.web.authoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sala.engine.question.QuestionType;
import org.sala.pack.Problem;
import org.sala.pack.write.BankWriter;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A question as the editing form holds it: one value per key of the pack format, and rows for its lists
 * (options, answers, units, pairs, items). It turns into the question's text in the pack format and back,
 * so the form is checked by the pack reader itself, and it tells which field a problem of that text is
 * about. Every key of every type has a field; a cloze question's gaps (sub-questions of any type) are edited
 * as pack-format text.
 */
public final class QuestionFields implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a field is entered. */
    public enum Kind { TEXT, TEXTAREA, NUMBER, BOOLEAN, SELECT, LINES, YAML }

    /** A field: its key in the pack format, how it is entered, the values a select offers, its default. */
    public record Field(String key, Kind kind, List<String> options, String fallback) implements Serializable {

        static Field of(String key, Kind kind) {
            return new Field(key, kind, List.of(), "");
        }

        static Field select(String key, String fallback, String... options) {
            return new Field(key, Kind.SELECT, List.of(options), fallback);
        }

        static Field bool(String key, boolean fallback) {
            return new Field(key, Kind.BOOLEAN, List.of(), String.valueOf(fallback));
        }

        /** The id the form gives the field's input, also used to place a problem next to it. */
        public String inputId() {
            return key.replace('.', '-');
        }
    }

    /** A list of the format (options, answers...) edited as rows of these columns. */
    public record Rows(String key, List<Field> columns) implements Serializable {
    }

    /** One row of a list: a value per column (text, or true/false for a box). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, Object> cells = new LinkedHashMap<>();

        public Map<String, Object> getCells() {
            return cells;
        }

        boolean blank() {
            return cells.values().stream().allMatch(value -> value == null || value instanceof Boolean flag && !flag
                    || value.toString().isBlank());
        }
    }

    private static final Field CHOICE_ID = Field.of("id", Kind.TEXT);
    private static final Field FEEDBACK = Field.of("feedback", Kind.TEXTAREA);
    private static final Field CREDIT = Field.of("credit", Kind.NUMBER);
    private static final List<Field> OUTCOME = List.of(Field.of("outcome-feedback.right", Kind.TEXTAREA),
            Field.of("outcome-feedback.partly-right", Kind.TEXTAREA), Field.of("outcome-feedback.wrong", Kind.TEXTAREA));

    /** The fields every question has, in the order the format writes them. */
    public static final List<Field> COMMON = List.of(Field.of("id", Kind.TEXT), Field.of("points", Kind.NUMBER),
            Field.select("difficulty", "medium", "easy", "medium", "hard"), Field.of("tags", Kind.TEXT), Field.of("fact", Kind.TEXT),
            Field.of("prompt", Kind.TEXTAREA), Field.of("feedback", Kind.TEXTAREA), Field.of("hints", Kind.LINES));

    private static final Map<String, List<Field>> SETTINGS = Map.of(
            "single-choice", List.of(Field.bool("shuffle", true)),
            "multiple-choice", List.of(Field.select("scoring", "all-or-nothing", "all-or-nothing", "option-percentages", "right-minus-wrong"),
                    Field.bool("shuffle", true)),
            "true-false", List.of(Field.select("answer", "true", "true", "false"), Field.of("feedback-true", Kind.TEXTAREA),
                    Field.of("feedback-false", Kind.TEXTAREA)),
            "short-answer", List.of(Field.bool("case-sensitive", false), Field.select("whitespace", "collapse", "collapse", "exact"),
                    Field.select("unicode", "nfc", "nfc", "nfkc", "none"), Field.bool("fold-accents", false)),
            "numeric", List.of(Field.bool("unit-required", false), Field.of("unit-penalty", Kind.NUMBER)),
            "matching", concat(List.of(Field.of("distractors", Kind.LINES), Field.bool("shuffle", true)), OUTCOME),
            "ordering", concat(List.of(Field.select("scoring", "all-or-nothing", "all-or-nothing", "items-in-place", "adjacent-pairs")), OUTCOME),
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

    /** Empty rows offered below a list's rows, to add to it. */
    public static final int BLANK_ROWS = 2;

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
            lists().forEach(list -> rows.computeIfAbsent(list.key(), key -> new ArrayList<>()));
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

    /** Blank rows at the end of every list, up to {@link #BLANK_ROWS}. */
    public void addBlankRows() {
        for (Rows list : lists()) {
            List<Row> existing = rows.computeIfAbsent(list.key(), key -> new ArrayList<>());
            long blank = existing.stream().filter(Row::blank).count();
            for (long added = blank; added < BLANK_ROWS; added++) {
                existing.add(new Row());
            }
        }
    }

    /** The form filled from a question's text in the pack format (a draft, or a published question as written). */
    public static QuestionFields of(String text) {
        Map<String, Object> map = load(text).orElse(Map.of());
        var fields = new QuestionFields(Objects.toString(map.getOrDefault("type", "single-choice")));
        for (Field field : COMMON) {
            fields.values.put(field.key(), fromYaml(field, map.get(field.key())));
        }
        Object section = map.get("section");
        fields.sections = section instanceof List<?> list ? new ArrayList<>(list.stream().map(String::valueOf).toList())
                : section == null ? new ArrayList<>() : new ArrayList<>(List.of(section.toString()));
        for (Field field : fields.settings()) {
            fields.values.put(field.key(), fromYaml(field, lookup(map, field.key())));
        }
        for (Rows list : fields.lists()) {
            var rows = new ArrayList<Row>();
            if (map.get(list.key()) instanceof List<?> items) {
                for (Object item : items) {
                    var row = new Row();
                    Map<?, ?> cells = item instanceof Map<?, ?> found ? found : Map.of();
                    for (Field column : list.columns()) {
                        Object value = column.key().equals("credit") && !cells.containsKey("credit") && Boolean.TRUE.equals(cells.get("correct"))
                                ? 1 : cells.get(column.key());
                        row.cells.put(column.key(), fromYaml(column, value));
                    }
                    rows.add(row);
                }
            }
            fields.rows.put(list.key(), rows);
        }
        fields.addBlankRows();
        return fields;
    }

    /**
     * The question in the pack format. Values that are not what their key needs (a word where a number goes)
     * are written as they are, so that the reader names the problem at that key.
     */
    public String text() {
        var map = new LinkedHashMap<String, Object>();
        put(map, "id", values.get("id"), Field.of("id", Kind.TEXT));
        map.put("type", type);
        for (Field field : COMMON.subList(1, COMMON.size())) {
            if (field.key().equals("fact") && !sections.isEmpty()) {
                map.put("section", List.copyOf(sections));
            }
            if (field.key().equals("tags")) {
                List<String> tags = Arrays.stream(text(values.get("tags")).split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
                if (!tags.isEmpty()) {
                    map.put("tags", tags);
                }
                continue;
            }
            put(map, field.key(), values.get(field.key()), field);
        }
        for (Field field : settings()) {
            Object value = values.get(field.key());
            if (field.key().startsWith("outcome-feedback.")) {
                if (!text(value).isBlank()) {
                    @SuppressWarnings("unchecked")
                    var outcome = (Map<String, Object>) map.computeIfAbsent("outcome-feedback", key -> new LinkedHashMap<String, Object>());
                    outcome.put(field.key().substring("outcome-feedback.".length()), text(value).strip());
                }
            } else {
                put(map, field.key(), value, field);
            }
        }
        for (Rows list : lists()) {
            var items = new ArrayList<Map<String, Object>>();
            for (Row row : rows.getOrDefault(list.key(), List.of())) {
                if (row.blank()) {
                    continue;
                }
                var item = new LinkedHashMap<String, Object>();
                list.columns().forEach(column -> put(item, column.key(), row.cells.get(column.key()), column));
                items.add(item);
            }
            if (!items.isEmpty()) {
                map.put(list.key(), items);
            }
        }
        return BankWriter.dump(map);
    }

    private static void put(Map<String, Object> map, String key, Object value, Field field) {
        String text = text(value);
        switch (field.kind()) {
            case BOOLEAN -> {
                boolean flag = Boolean.TRUE.equals(value) || "true".equals(text);
                if (flag != Boolean.parseBoolean(field.fallback())) {
                    map.put(key, flag);
                }
            }
            case NUMBER -> {
                if (!text.isBlank()) {
                    try {
                        map.put(key, new BigDecimal(text.strip()));
                    } catch (NumberFormatException notANumber) {
                        map.put(key, text.strip());
                    }
                }
            }
            case SELECT -> {
                if (!text.isBlank() && !(key.equals("difficulty") && text.equals(field.fallback()))) {
                    map.put(key, key.equals("answer") ? Boolean.valueOf(text) : text);
                }
            }
            case LINES -> {
                List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
                if (!lines.isEmpty()) {
                    map.put(key, lines);
                }
            }
            case YAML -> {
                if (!text.isBlank()) {
                    Object parsed = load(text).map(found -> found.getOrDefault(key, found)).map(Object.class::cast)
                            .or(() -> loadAny(text)).orElse(text);
                    map.put(key, parsed);
                }
            }
            case TEXT, TEXTAREA -> {
                if (!text.isBlank()) {
                    map.put(key, field.kind() == Kind.TEXT ? text.strip() : text.strip().replace("\r\n", "\n"));
                }
            }
        }
    }

    private static Object fromYaml(Field field, Object value) {
        if (field.kind() == Kind.BOOLEAN) {
            return value == null ? Boolean.parseBoolean(field.fallback()) : Boolean.valueOf(value.toString());
        }
        if (value == null) {
            return field.kind() == Kind.SELECT ? field.fallback() : "";
        }
        return switch (field.kind()) {
            case LINES -> value instanceof List<?> list ? String.join("\n", list.stream().map(String::valueOf).toList()) : value.toString();
            case YAML -> BankWriter.dump(new LinkedHashMap<>(Map.of(field.key(), value)));
            default -> value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList()) : value.toString();
        };
    }

    private static Object lookup(Map<String, Object> map, String key) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            return map.get(key);
        }
        return map.get(key.substring(0, dot)) instanceof Map<?, ?> inner ? inner.get(key.substring(dot + 1)) : null;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> load(String text) {
        return loadAny(text).filter(Map.class::isInstance).map(found -> new LinkedHashMap<>((Map<String, Object>) found));
    }

    private static Optional<Object> loadAny(String text) {
        try {
            return Optional.ofNullable(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
        } catch (YAMLException notYaml) {
            return Optional.empty();
        }
    }

    private static final Pattern TOP_KEY = Pattern.compile("^([a-z-]+):");

    /**
     * The input a problem of {@link #text()} is about: a field's input id, or {@code list:index} for a row of
     * a list (0-based, counting only the rows the text holds), or empty when it is about the whole question.
     */
    public Optional<String> inputOf(Problem problem, String text) {
        if (problem.line() <= 0) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        String key = null;
        int item = -1;
        for (int index = 0; index < Math.min(problem.line(), lines.length); index++) {
            Matcher top = TOP_KEY.matcher(lines[index]);
            if (top.find()) {
                key = top.group(1);
                item = -1;
            } else if (lines[index].startsWith("  - ")) {
                item++;
            }
        }
        if (key == null) {
            return Optional.empty();
        }
        String found = key;
        if (lists().stream().anyMatch(list -> list.key().equals(found)) && item >= 0) {
            return Optional.of(key + ":" + rowIndex(key, item));
        }
        if (key.equals("outcome-feedback")) {
            return Optional.of("outcome-feedback-right");
        }
        return Optional.of(key.equals("section") ? "sections" : key);
    }

    /** The form's row that is the {@code item}-th row written (blank rows are not written). */
    private int rowIndex(String key, int item) {
        List<Row> all = rows.getOrDefault(key, List.of());
        int written = -1;
        for (int index = 0; index < all.size(); index++) {
            if (!all.get(index).blank() && ++written == item) {
                return index;
            }
        }
        return item;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        var all = new ArrayList<T>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
