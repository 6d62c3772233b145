package org.sala.pack.read;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read field by field, each problem reported at the line and column of the value (or
 * of the mapping, for a missing field). Unknown and repeated keys are errors, so a typo never passes
 * silently.
 */
final class YamlMap {

    private static final BigDecimal MAX_NUMBER = BigDecimal.TEN.pow(12);

    private final String file;
    private final int lineOffset;
    private final Node node;
    private final String what;
    private final Problems problems;
    private final Map<String, Node> fields = new LinkedHashMap<>();

    private YamlMap(String file, int lineOffset, Node node, String what, Set<String> allowed, Problems problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.node = node;
        this.what = what;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    error(tuple.getKeyNode(), "a key of " + what + " is not a plain name");
                    continue;
                }
                if (!allowed.contains(key.getValue())) {
                    error(key, "unknown key '" + key.getValue() + "' in " + what + "; known keys are " + String.join(", ", new TreeSet<>(allowed)));
                } else if (fields.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
                    error(key, "key '" + key.getValue() + "' appears twice in " + what);
                }
            }
        } else {
            error(node, what + " must be a mapping of keys to values");
        }
    }

    /**
     * Parses a whole YAML document that must be a mapping.
     *
     * @param lineOffset lines before the document in its file (front matter starts after the '---' line)
     * @return empty, with the problem recorded, if the text is not well-formed YAML
     */
    static Optional<YamlMap> parse(String file, String text, int lineOffset, String what, Set<String> allowed, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlMap with a location instead
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(PackSource.MAX_FILE_BYTES);
        options.setNestingDepthLimit(20);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.error(file, 1 + lineOffset, 1, what + " is empty");
                return Optional.empty();
            }
            return Optional.of(new YamlMap(file, lineOffset, root, what, allowed, problems));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String reason = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (mark == null) {
                problems.error(file, 0, 0, "not valid YAML: " + reason);
            } else {
                problems.error(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1, "not valid YAML: " + reason);
            }
            return Optional.empty();
        } catch (YAMLException e) {
            problems.error(file, 0, 0, "not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    String what() {
        return what;
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    Optional<String> string(String key) {
        Node value = fields.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        error(value, "'" + key + "' of " + what + " must be text");
        return Optional.empty();
    }

    /** A text field that must be there and not blank; reports it missing otherwise. */
    Optional<String> requiredString(String key) {
        if (!fields.containsKey(key)) {
            error(node, what + " has no '" + key + "'");
            return Optional.empty();
        }
        Optional<String> value = string(key);
        if (value.isPresent() && value.get().isBlank()) {
            error(fields.get(key), "'" + key + "' of " + what + " is empty");
            return Optional.empty();
        }
        return value;
    }

    Optional<Integer> integer(String key, int min, int max) {
        return string(key).flatMap(text -> {
            try {
                int value = Integer.parseInt(text.strip());
                if (value < min || value > max) {
                    error(fields.get(key), "'" + key + "' of " + what + " is " + value + "; it must lie between " + min + " and " + max);
                    return Optional.empty();
                }
                return Optional.of(value);
            } catch (NumberFormatException e) {
                error(fields.get(key), "'" + key + "' of " + what + " must be a whole number, not '" + text + "'");
                return Optional.empty();
            }
        });
    }

    Optional<BigDecimal> decimal(String key) {
        return string(key).flatMap(text -> {
            try {
                BigDecimal value = new BigDecimal(text.strip());
                // Bounds keep arithmetic sane: 1e999999999 parses, but nothing can be done with it.
                if (value.abs().compareTo(MAX_NUMBER) >= 0 || value.stripTrailingZeros().scale() > 9) {
                    error(fields.get(key), "'" + key + "' of " + what + " is " + text.strip()
                            + "; numbers here lie below 10^12 and have at most 9 decimal places");
                    return Optional.empty();
                }
                return Optional.of(value);
            } catch (NumberFormatException | ArithmeticException e) {
                error(fields.get(key), "'" + key + "' of " + what + " must be a number, not '" + text + "'");
                return Optional.empty();
            }
        });
    }

    Optional<Boolean> bool(String key) {
        return string(key).flatMap(text -> switch (text.strip()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                error(fields.get(key), "'" + key + "' of " + what + " must be true or false, not '" + text + "'");
                yield Optional.empty();
            }
        });
    }

    /** A nested mapping, e.g. {@code review:}; empty when the key is absent. */
    Optional<YamlMap> map(String key, String itemWhat, Set<String> allowed) {
        Node value = fields.get(key);
        return value == null ? Optional.empty() : Optional.of(new YamlMap(file, lineOffset, value, itemWhat, allowed, problems));
    }

    /** A text or a list of texts ({@code section: a} or {@code section: [a, b]}); a missing key is an empty list. */
    List<String> stringOrStrings(String key) {
        Node value = fields.get(key);
        if (value instanceof ScalarNode scalar) {
            return scalar.getValue().isBlank() ? List.of() : List.of(scalar.getValue());
        }
        return strings(key);
    }

    /**
     * A duration written as {@code 45m}, {@code 1h30m}, {@code 90s}, {@code 2d} or ISO-8601 ({@code PT45M}).
     */
    Optional<java.time.Duration> duration(String key) {
        return string(key).flatMap(text -> {
            String trimmed = text.strip();
            try {
                if (trimmed.toUpperCase(java.util.Locale.ROOT).startsWith("P")) {
                    return Optional.of(java.time.Duration.parse(trimmed));
                }
                var matcher = java.util.regex.Pattern.compile("(?:(\\d+)d)?\\s*(?:(\\d+)h)?\\s*(?:(\\d+)m)?\\s*(?:(\\d+)s)?")
                        .matcher(trimmed);
                if (!trimmed.isEmpty() && matcher.matches()) {
                    java.time.Duration duration = java.time.Duration.ZERO;
                    long[] units = {86_400, 3_600, 60, 1};
                    for (int group = 1; group <= 4; group++) {
                        if (matcher.group(group) != null) {
                            duration = duration.plusSeconds(Long.parseLong(matcher.group(group)) * units[group - 1]);
                        }
                    }
                    return Optional.of(duration);
                }
            } catch (RuntimeException e) {
                // reported below
            }
            error(fields.get(key), "'" + key + "' of " + what + " is '" + text + "'; write a duration like 45m, 1h30m, 90s or 2d");
            return Optional.empty();
        });
    }

    /** How many entries the list under {@code key} has (0 if absent or not a list), without reading them. */
    int count(String key) {
        return fields.get(key) instanceof SequenceNode sequence ? sequence.getValue().size() : 0;
    }

    /** Where the value of {@code key} (or this mapping) starts: {@code file:line:column}. */
    String location(String key) {
        Mark mark = fields.getOrDefault(key, node).getStartMark();
        return file + ":" + (mark.getLine() + 1 + lineOffset) + ":" + (mark.getColumn() + 1);
    }

    /** Reports an error at this mapping. */
    void error(String message) {
        error(node, message);
    }

    /** A list of texts; a missing key is an empty list. */
    List<String> strings(String key) {
        var values = new ArrayList<String>();
        for (Node item : items(key)) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                values.add(scalar.getValue());
            } else {
                error(item, "each entry of '" + key + "' in " + what + " must be non-empty text");
            }
        }
        return values;
    }

    /** A list of mappings; each is described as {@code itemWhat} with its position. */
    List<YamlMap> maps(String key, String itemWhat, Set<String> allowed) {
        var values = new ArrayList<YamlMap>();
        List<Node> items = items(key);
        for (int i = 0; i < items.size(); i++) {
            values.add(new YamlMap(file, lineOffset, items.get(i), itemWhat + " " + name(items.get(i), i + 1), allowed, problems));
        }
        return values;
    }

    /** How a problem names an entry of a list: by its id when it has one ({@code question 'asean-entry'}), else by its place. */
    private static String name(Node item, int place) {
        if (item instanceof org.yaml.snakeyaml.nodes.MappingNode mapping) {
            for (var tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id") && tuple.getValueNode() instanceof ScalarNode value
                        && !value.getValue().isBlank()) {
                    return "'" + value.getValue().strip() + "'";
                }
            }
        }
        return String.valueOf(place);
    }

    private List<Node> items(String key) {
        Node value = fields.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        error(value, "'" + key + "' of " + what + " must be a list (entries starting with '- ')");
        return List.of();
    }

    /** Reports an error at the value of {@code key}, or at this mapping when the key is absent. */
    void errorAt(String key, String message) {
        error(fields.getOrDefault(key, node), message);
    }

    void warningAt(String key, String message) {
        Mark mark = fields.getOrDefault(key, node).getStartMark();
        problems.warning(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1, message);
    }

    private void error(Node at, String message) {
        Mark mark = at.getStartMark();
        problems.error(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1, message);
    }
}
