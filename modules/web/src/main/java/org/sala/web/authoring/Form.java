package org.sala.web.authoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sala.pack.write.BankWriter;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * What the editing forms share: fields named by their key in the pack format (a dot for a key inside a
 * mapping, {@code review.during}), rows for the format's lists, and the conversions between what a form
 * holds and the format's YAML. A value that is not what its key needs (a word where a number goes) is
 * written as it is, so that the pack reader names the problem at that key.
 */
public final class Form {

    private Form() {
    }

    /** How a field is entered. */
    public enum Kind { TEXT, TEXTAREA, NUMBER, BOOLEAN, SELECT, LINES, LIST, YAML }

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

    /** A list of the format (options, answers, draws...) edited as rows of these columns. */
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

        static Row of(Rows list, Object item) {
            var row = new Row();
            Map<?, ?> cells = item instanceof Map<?, ?> found ? found : Map.of();
            for (Field column : list.columns()) {
                Object value = column.key().equals("credit") && !cells.containsKey("credit") && Boolean.TRUE.equals(cells.get("correct"))
                        ? 1 : cells.get(column.key());
                row.cells.put(column.key(), fromYaml(column, value));
            }
            return row;
        }
    }

    /** Empty rows offered below a list's rows, to add to it. */
    public static final int BLANK_ROWS = 2;

    /** Blank rows at the end of each list, up to {@link #BLANK_ROWS}. */
    static void addBlankRows(List<Rows> lists, Map<String, List<Row>> rows) {
        for (Rows list : lists) {
            List<Row> existing = rows.computeIfAbsent(list.key(), key -> new ArrayList<>());
            long blank = existing.stream().filter(Row::blank).count();
            for (long added = blank; added < BLANK_ROWS; added++) {
                existing.add(new Row());
            }
        }
    }

    /** The rows of a list as the document holds them. */
    static List<Row> rows(Rows list, Map<String, Object> document) {
        var rows = new ArrayList<Row>();
        if (document.get(list.key()) instanceof List<?> items) {
            items.forEach(item -> rows.add(Row.of(list, item)));
        }
        return rows;
    }

    /** Writes the rows that are not blank as the list's items; nothing when all are blank. */
    static void putRows(Map<String, Object> map, Rows list, List<Row> rows) {
        var items = new ArrayList<Map<String, Object>>();
        for (Row row : rows) {
            if (!row.blank()) {
                var item = new LinkedHashMap<String, Object>();
                list.columns().forEach(column -> put(item, column.key(), row.cells.get(column.key()), column));
                items.add(item);
            }
        }
        if (!items.isEmpty()) {
            map.put(list.key(), items);
        }
    }

    /** Writes a field's value under its key (inside the mapping a dotted key names), leaving out what is empty or default. */
    @SuppressWarnings("unchecked")
    static void putField(Map<String, Object> map, Field field, Object value) {
        int dot = field.key().indexOf('.');
        if (dot < 0) {
            put(map, field.key(), value, field);
            return;
        }
        var inner = new LinkedHashMap<String, Object>();
        put(inner, field.key().substring(dot + 1), value, field);
        if (!inner.isEmpty()) {
            ((Map<String, Object>) map.computeIfAbsent(field.key().substring(0, dot), key -> new LinkedHashMap<String, Object>())).putAll(inner);
        }
    }

    static void put(Map<String, Object> map, String key, Object value, Field field) {
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
                if (!text.isBlank() && !text.equals(field.fallback())) {
                    map.put(key, text.equals("true") || text.equals("false") ? Boolean.valueOf(text) : text);
                }
            }
            case LINES, LIST -> {
                List<String> items = Arrays.stream(text.split(field.kind() == Kind.LINES ? "\\R" : ","))
                        .map(String::strip).filter(item -> !item.isEmpty()).toList();
                if (!items.isEmpty()) {
                    map.put(key, items);
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

    /** What a field shows for a value of the document (its default when the document has none). */
    static Object fromYaml(Field field, Object value) {
        if (field.kind() == Kind.BOOLEAN) {
            return value == null ? Boolean.parseBoolean(field.fallback()) : Boolean.valueOf(value.toString());
        }
        if (value == null) {
            return field.kind() != Kind.SELECT ? "" : field.fallback().isEmpty() && !field.options().isEmpty() ? field.options().get(0)
                    : field.fallback();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().toString();
        }
        return switch (field.kind()) {
            case LINES -> value instanceof List<?> list ? String.join("\n", list.stream().map(String::valueOf).toList()) : value.toString();
            case YAML -> BankWriter.dump(new LinkedHashMap<>(Map.of(field.key().substring(field.key().indexOf('.') + 1), value)));
            default -> value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList()) : value.toString();
        };
    }

    /** The value of a (dotted) key in a document. */
    static Object lookup(Map<String, Object> map, String key) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            return map.get(key);
        }
        return map.get(key.substring(0, dot)) instanceof Map<?, ?> inner ? inner.get(key.substring(dot + 1)) : null;
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A YAML mapping, or empty when the text is not one. */
    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> load(String text) {
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
     * The input a problem at {@code line} of a document written by a form is about: the top-level key above
     * the line (its input id), or {@code list:index} for an item of one of {@code lists} (the index given by
     * {@code rowIndex} from the item's place among those written), or empty.
     */
    static Optional<String> inputAt(String text, int line, List<String> lists, BiFunction<String, Integer, Integer> rowIndex) {
        if (line <= 0) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        String key = null;
        String nested = null;
        int item = -1;
        for (int index = 0; index < Math.min(line, lines.length); index++) {
            Matcher top = TOP_KEY.matcher(lines[index]);
            if (top.find()) {
                key = top.group(1);
                nested = null;
                item = -1;
            } else if (lines[index].startsWith("  - ")) {
                item++;
            } else if (lines[index].matches("^  [a-z-]+:.*")) {
                nested = lines[index].substring(2, lines[index].indexOf(':'));
            }
        }
        if (key == null) {
            return Optional.empty();
        }
        if (lists.contains(key) && item >= 0) {
            return Optional.of(key + ":" + rowIndex.apply(key, item));
        }
        return Optional.of(nested == null ? key : key + "-" + nested);
    }

    /** The form's row that is the {@code item}-th row written (blank rows are not written). */
    static int rowIndex(List<Row> all, int item) {
        int written = -1;
        for (int index = 0; index < all.size(); index++) {
            if (!all.get(index).blank() && ++written == item) {
                return index;
            }
        }
        return item;
    }

    static <T> List<T> concat(List<T> first, List<T> second) {
        var all = new ArrayList<T>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
