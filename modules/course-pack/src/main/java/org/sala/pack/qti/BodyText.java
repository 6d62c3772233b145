package org.sala.pack.qti;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sala.pack.Problem;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Sala's authored text (Markdown) in a QTI item body, both ways.
 *
 * <p>Out: each paragraph (text between blank lines) becomes a {@code <p>} holding the Markdown source as it
 * was written, so a Sala import gets exactly the text back; a QTI player shows the Markdown characters.
 * In: XHTML flow content is reduced to Markdown paragraphs joined by one blank line: block elements start
 * paragraphs, {@code em}/{@code strong}/{@code code}/{@code a}/lists/headings become their Markdown
 * forms and other markup keeps only its text. Text nodes are kept as they are (no whitespace folding),
 * only the ends of a paragraph are trimmed.
 */
final class BodyText {

    private static final Pattern BLANK_LINES = Pattern.compile("\\R[ \\t]*\\R\\s*");

    private static final Set<String> INLINE = Set.of("span", "em", "i", "strong", "b", "code", "a", "br", "img", "sub", "sup",
            "q", "abbr", "kbd", "small", "big", "tt", "cite", "dfn", "var", "samp", "bdo", "bdi", "label", "u", "s", "mark",
            "ruby", "rt", "rp", "math", "qti-text-entry-interaction", "qti-inline-choice-interaction", "qti-feedback-inline",
            "qti-printed-variable", "qti-end-attempt-interaction");

    private final String file;
    private final List<Problem> problems;
    private final Function<Element, Optional<String>> special;

    /**
     * @param special what an element stands for in the text, if the caller knows better than the default
     *                (a gap marker for an interaction, nothing for a prompt read elsewhere)
     */
    BodyText(String file, List<Problem> problems, Function<Element, Optional<String>> special) {
        this.file = file;
        this.problems = problems;
        this.special = special;
    }

    /** The paragraphs of authored text: split at blank lines, trimmed, empty ones left out. */
    static List<String> paragraphs(String text) {
        return BLANK_LINES.splitAsStream(text.strip()).map(String::strip).filter(paragraph -> !paragraph.isEmpty()).toList();
    }

    /** Appends one {@code <p>} per paragraph of {@code text}. */
    static void appendParagraphs(Element parent, String text) {
        for (String paragraph : paragraphs(text)) {
            Qti.appendText(parent, "p", paragraph);
        }
    }

    /** The flow content of {@code container} as Markdown text (paragraphs joined by a blank line). */
    String markdown(Element container) {
        return String.join("\n\n", blocks(container));
    }

    /** The flow content of {@code container} as Markdown paragraphs. */
    List<String> blocks(Element container) {
        var paragraphs = new ArrayList<String>();
        var current = new StringBuilder();
        for (Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                current.append(child.getNodeValue());
            } else if (child instanceof Element element) {
                Optional<String> replaced = special.apply(element);
                String name = SafeXml.localName(element);
                if (replaced.isPresent()) {
                    current.append(replaced.get());
                } else if (INLINE.contains(name)) {
                    current.append(inline(element));
                } else {
                    flush(current, paragraphs);
                    paragraphs.addAll(block(element));
                }
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = current.toString().strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }

    private List<String> block(Element element) {
        String name = SafeXml.localName(element);
        if (name.matches("h[1-6]")) {
            String text = inline(element).strip();
            return text.isEmpty() ? List.of() : List.of("#".repeat(name.charAt(1) - '0') + " " + text);
        }
        if (name.equals("ul") || name.equals("ol")) {
            var lines = new ArrayList<String>();
            for (Element item : SafeXml.children(element, "li")) {
                lines.add((name.equals("ul") ? "- " : (lines.size() + 1) + ". ") + String.join(" ", blocks(item)));
            }
            return lines.isEmpty() ? List.of() : List.of(String.join("\n", lines));
        }
        if (name.equals("pre")) {
            return List.of("```\n" + element.getTextContent().strip() + "\n```");
        }
        if (name.startsWith("qti-")) {
            problems.add(new Problem(Problem.Severity.WARNING, file, SafeXml.line(element), SafeXml.column(element),
                    name + " is not imported; its content is left out"));
            return List.of();
        }
        return blocks(element);
    }

    private String inline(Element element) {
        Optional<String> replaced = special.apply(element);
        if (replaced.isPresent()) {
            return replaced.get();
        }
        String name = SafeXml.localName(element);
        return switch (name) {
            case "br" -> "\n";
            case "em", "i" -> wrap("*", inner(element));
            case "strong", "b" -> wrap("**", inner(element));
            case "code" -> wrap("`", inner(element));
            case "a" -> element.hasAttribute("href") ? "[" + inner(element) + "](" + element.getAttribute("href") + ")" : inner(element);
            case "img" -> {
                problems.add(new Problem(Problem.Severity.WARNING, file, SafeXml.line(element), SafeXml.column(element),
                        "image '" + element.getAttribute("src") + "' is not imported; only its description is kept"));
                yield element.getAttribute("alt");
            }
            default -> {
                if (name.startsWith("qti-")) {
                    problems.add(new Problem(Problem.Severity.WARNING, file, SafeXml.line(element), SafeXml.column(element),
                            name + " is not imported; its content is left out"));
                    yield "";
                }
                yield inner(element);
            }
        };
    }

    private static String wrap(String mark, String text) {
        return text.isBlank() ? text : mark + text + mark;
    }

    private String inner(Element element) {
        var text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element nested) {
                text.append(inline(nested));
            }
        }
        return text.toString();
    }
}
