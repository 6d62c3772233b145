package org.sala.pack.write;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sala.pack.Problem;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The canonical form of a pack's files, the one {@code sala-pack fmt} writes and the browser editor publishes
 * (and {@code sala-pack import} writes new banks in):
 * YAML in block style, two spaces of indentation, lines folded at 120 columns, scalars plain where YAML allows
 * (quoted by the writer only where it must), multi-line text as literal blocks, and a short list of plain
 * values on one line ({@code tags: [dates, un]}). Keys keep their order, comments are kept, runs of blank
 * lines become one. A lesson's front matter is formatted the same way; its Markdown is left as written but
 * for line endings and the blank lines at its end.
 *
 * <p>Invariants: formatting never changes what a file says (the YAML read back is equal, checked every
 * time; a file where it would is left alone with a problem); formatting formatted text changes nothing.
 */
public final class PackFormat {

    /** The longest flow list kept on one line, counting its items and separators. */
    private static final int FLOW_LIST_LIMIT = 72;

    private PackFormat() {
    }

    /** A file's canonical text, or its text unchanged and the reason it could not be formatted. */
    public record Formatted(String text, Optional<Problem> problem) {

        public Formatted {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** Formats a pack file by its name: {@code .md} as a lesson, anything else as YAML. */
    public static Formatted file(String path, String text) {
        return path.endsWith(".md") ? lesson(path, text) : yaml(path, text);
    }

    /** A YAML document (the manifest, a bank, a quiz) in canonical form. */
    public static Formatted yaml(String path, String text) {
        String unix = lineEndings(text);
        if (unix.startsWith("\uFEFF")) {
            return refused(text, path, 1, "starts with a byte order mark; save it as UTF-8 without one");
        }
        Node node;
        try {
            node = loader().compose(new StringReader(unix));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            return refused(text, path, mark == null ? 0 : mark.getLine() + 1, "is not YAML: " + firstLine(e.getProblem()));
        } catch (YAMLException e) {
            return refused(text, path, 0, "is not YAML: " + firstLine(e.getMessage()));
        }
        if (node == null) {
            return new Formatted(text, Optional.empty());
        }
        String formatted = serialize(node);
        Object before = data(unix);
        if (!Objects.equals(before, data(formatted))) {
            return refused(text, path, 0, "cannot be formatted without changing what it says; it is left as written");
        }
        Node again = loader().compose(new StringReader(formatted));
        if (again == null || !serialize(again).equals(formatted)) {
            return refused(text, path, 0, "has comments in places the formatter cannot keep them stable; it is left as written");
        }
        return new Formatted(formatted, Optional.empty());
    }

    /** A lesson: its front matter as canonical YAML between {@code ---} lines, its Markdown as written. */
    public static Formatted lesson(String path, String text) {
        String unix = lineEndings(text);
        List<String> lines = unix.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return refused(text, path, 1, "has no front matter (a lesson starts with a line '---')");
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return refused(text, path, 1, "front matter is not closed by a line '---'");
        }
        Formatted front = yaml(path, String.join("\n", lines.subList(1, end)) + "\n");
        if (front.problem().isPresent()) {
            Problem problem = front.problem().get();
            return refused(text, path, problem.line() == 0 ? 0 : problem.line() + 1, problem.message());
        }
        String body = String.join("\n", lines.subList(end + 1, lines.size())).stripTrailing();
        String formatted = "---\n" + front.text() + "---\n" + (body.isEmpty() ? "" : body + "\n");
        return new Formatted(formatted, Optional.empty());
    }

    private static String serialize(Node node) {
        Node canonical = canonical(node, true);
        StringWriter out = new StringWriter();
        dumper().serialize(canonical, out);
        var lines = new ArrayList<String>();
        for (String line : out.toString().split("\n", -1)) {
            lines.add(line.isBlank() ? "" : line);
        }
        String text = String.join("\n", lines).strip();
        return text.isEmpty() ? "" : text + "\n";
    }

    /** The node laid out canonically: comments kept, styles chosen by the rules above. */
    private static Node canonical(Node node, boolean first) {
        Node result = switch (node) {
            case ScalarNode scalar -> new ScalarNode(scalar.getTag(), true, scalar.getValue(), scalar.getStartMark(), scalar.getEndMark(),
                    scalar.getValue().indexOf('\n') >= 0 ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN);
            case SequenceNode sequence -> {
                List<Node> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(item instanceof MappingNode ? canonicalItem((MappingNode) item) : canonical(item, false));
                }
                yield new SequenceNode(sequence.getTag(), true, items, sequence.getStartMark(), sequence.getEndMark(),
                        oneLine(items) ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK);
            }
            case MappingNode mapping -> {
                List<NodeTuple> pairs = new ArrayList<>();
                for (NodeTuple pair : mapping.getValue()) {
                    pairs.add(new NodeTuple(canonical(pair.getKeyNode(), false), canonical(pair.getValueNode(), false)));
                }
                yield new MappingNode(mapping.getTag(), true, pairs, mapping.getStartMark(), mapping.getEndMark(), DumperOptions.FlowStyle.BLOCK);
            }
            default -> node;
        };
        result.setBlockComments(comments(node.getBlockComments(), first));
        result.setInLineComments(node.getInLineComments());
        result.setEndComments(comments(node.getEndComments(), false));
        return result;
    }

    /**
     * An item of a list that is a mapping: the comments and blank lines written above its first key belong
     * above the item's dash, where the writer puts the item's own comments.
     */
    private static Node canonicalItem(MappingNode item) {
        Node canonical = canonical(item, false);
        if (canonical instanceof MappingNode mapping && !mapping.getValue().isEmpty()) {
            Node key = mapping.getValue().get(0).getKeyNode();
            if (key.getBlockComments() != null && !key.getBlockComments().isEmpty()) {
                var above = new ArrayList<CommentLine>();
                if (mapping.getBlockComments() != null) {
                    above.addAll(mapping.getBlockComments());
                }
                above.addAll(key.getBlockComments());
                mapping.setBlockComments(comments(above, false));
                key.setBlockComments(null);
            }
        }
        return canonical;
    }

    /** Comment lines with runs of blank lines made one, and none at the very top of a file. */
    private static List<CommentLine> comments(List<CommentLine> lines, boolean top) {
        if (lines == null || lines.isEmpty()) {
            return lines;
        }
        var kept = new ArrayList<CommentLine>();
        for (CommentLine line : lines) {
            boolean blank = line.getCommentType() == CommentType.BLANK_LINE;
            boolean afterBlank = !kept.isEmpty() && kept.get(kept.size() - 1).getCommentType() == CommentType.BLANK_LINE;
            if (blank && (afterBlank || top && kept.isEmpty())) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }

    /** Whether a list is short plain values only, written on one line. */
    private static boolean oneLine(List<Node> items) {
        int length = 2;
        for (Node item : items) {
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().indexOf('\n') >= 0 || hasComments(item)) {
                return false;
            }
            length += scalar.getValue().length() + 2;
        }
        return length <= FLOW_LIST_LIMIT;
    }

    private static boolean hasComments(Node node) {
        return node.getBlockComments() != null && !node.getBlockComments().isEmpty()
                || node.getInLineComments() != null && !node.getInLineComments().isEmpty()
                || node.getEndComments() != null && !node.getEndComments().isEmpty();
    }

    private static Object data(String text) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            return e;
        }
    }

    private static Yaml loader() {
        LoaderOptions loading = new LoaderOptions();
        loading.setProcessComments(true);
        DumperOptions options = options();
        return new Yaml(new SafeConstructor(loading), new Representer(options), options, loading);
    }

    private static Yaml dumper() {
        LoaderOptions loading = new LoaderOptions();
        loading.setProcessComments(true);
        DumperOptions options = options();
        options.setProcessComments(true);
        return new Yaml(new SafeConstructor(loading), new Representer(options), options, loading);
    }

    /** Block style, two spaces, 120 columns, Unicode as it is: the options every pack file is written with. */
    static DumperOptions options() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setAllowUnicode(true);
        options.setSplitLines(true);
        return options;
    }

    private static String lineEndings(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    private static Formatted refused(String text, String path, int line, String message) {
        return new Formatted(text, Optional.of(new Problem(Problem.Severity.ERROR, path, line, 0, message)));
    }
}
