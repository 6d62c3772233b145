package org.sala.pack.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML from another platform (Moodle XML texts in {@code format="html"}, GIFT's {@code [html]}) as the Markdown
 * Sala's texts are written in, read with jsoup: paragraphs and line breaks, emphasis, code, links (http, https
 * and mailto only), lists, headings, block quotes and simple tables keep their structure; other elements keep
 * their text. What cannot be kept is named, never silently dropped: images (a Moodle file, {@code @@PLUGINFILE@@},
 * is not in the export), scripts, styles, embedded objects, forms, and links to anything but the web or mail.
 */
public final class HtmlText {

    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "object", "embed", "form", "input", "button",
            "select", "textarea", "audio", "video", "svg", "math", "canvas");

    private HtmlText() {
    }

    /** The Markdown, and what of the HTML could not be kept (one short phrase each, e.g. "an image (map.png)"). */
    public record Converted(String markdown, List<String> lost) {
        public Converted {
            lost = List.copyOf(lost);
        }
    }

    /** Whether a text holds HTML markup (a tag or an entity), so that reading it as Markdown would show the markup. */
    public static boolean looksLikeHtml(String text) {
        return text.matches("(?s).*<\\s*/?\\s*[a-zA-Z][^>]*>.*") || text.matches("(?s).*&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);.*");
    }

    public static Converted toMarkdown(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        var lost = new ArrayList<String>();
        var out = new StringBuilder();
        blocks(body, out, lost, "");
        String markdown = out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return new Converted(markdown, lost);
    }

    private static void blocks(Element parent, StringBuilder out, List<String> lost, String indent) {
        var inline = new StringBuilder();
        for (Node node : parent.childNodes()) {
            if (node instanceof Element element && isBlock(element)) {
                flush(inline, out);
                block(element, out, lost, indent);
            } else {
                inline(node, inline, lost);
            }
        }
        flush(inline, out);
    }

    private static void flush(StringBuilder inline, StringBuilder out) {
        String text = inline.toString().strip();
        while (text.endsWith("\\") && !text.endsWith("\\\\")) {
            text = text.substring(0, text.length() - 1).strip(); // a line break that ends a paragraph breaks nothing
        }
        if (!text.isEmpty()) {
            out.append(text).append("\n\n");
        }
        inline.setLength(0);
    }

    private static boolean isBlock(Element element) {
        return switch (element.normalName()) {
            case "p", "div", "ul", "ol", "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "section", "article" -> true;
            default -> false;
        };
    }

    private static void block(Element element, StringBuilder out, List<String> lost, String indent) {
        String name = element.normalName();
        switch (name) {
            case "ul", "ol" -> {
                int number = 1;
                for (Element item : element.children()) {
                    if (!item.normalName().equals("li")) {
                        continue;
                    }
                    var text = new StringBuilder();
                    for (Node child : item.childNodes()) {
                        if (child instanceof Element nested && (nested.normalName().equals("ul") || nested.normalName().equals("ol"))) {
                            text.append("\n");
                            var sub = new StringBuilder();
                            block(nested, sub, lost, indent + "   ");
                            text.append(sub.toString().stripTrailing());
                        } else {
                            inline(child, text, lost);
                        }
                    }
                    out.append(indent).append(name.equals("ol") ? number++ + ". " : "- ").append(text.toString().strip()).append("\n");
                }
                out.append("\n");
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                var text = new StringBuilder();
                element.childNodes().forEach(child -> inline(child, text, lost));
                out.append("#".repeat(name.charAt(1) - '0')).append(' ').append(text.toString().strip()).append("\n\n");
            }
            case "blockquote" -> {
                var inner = new StringBuilder();
                blocks(element, inner, lost, "");
                inner.toString().strip().lines().forEach(line -> out.append("> ").append(line).append("\n"));
                out.append("\n");
            }
            case "pre" -> out.append("```\n").append(element.wholeText().strip()).append("\n```\n\n");
            case "hr" -> out.append("---\n\n");
            case "table" -> table(element, out, lost);
            default -> blocks(element, out, lost, indent);
        }
    }

    private static void table(Element table, StringBuilder out, List<String> lost) {
        List<Element> rows = table.select("tr");
        if (rows.isEmpty()) {
            return;
        }
        int columns = 0;
        for (Element row : rows) {
            columns = Math.max(columns, row.select("> th, > td").size());
        }
        for (int r = 0; r < rows.size(); r++) {
            var cells = new ArrayList<String>();
            for (Element cell : rows.get(r).select("> th, > td")) {
                var text = new StringBuilder();
                cell.childNodes().forEach(child -> inline(child, text, lost));
                cells.add(text.toString().strip().replace("|", "\\|").replace("\n", " "));
            }
            while (cells.size() < columns) {
                cells.add("");
            }
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (r == 0) {
                out.append("|").append(" --- |".repeat(columns)).append("\n");
            }
        }
        out.append("\n");
    }

    private static void inline(Node node, StringBuilder out, List<String> lost) {
        if (node instanceof TextNode text) {
            out.append(escape(text.text()));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String name = element.normalName();
        if (DROPPED.contains(name)) {
            lost.add(name.equals("script") ? "a script" : name.equals("style") ? "a style sheet" : "an embedded " + name);
            return;
        }
        switch (name) {
            case "br" -> out.append("\\\n"); // a hard line break, which CommonMark also writes as a backslash before the end of the line
            case "img" -> {
                String source = element.attr("src");
                String alt = element.attr("alt").strip();
                lost.add("an image (" + (source.contains("@@PLUGINFILE@@") ? source.replace("@@PLUGINFILE@@/", "") + ", a file of the Moodle course"
                        : source) + ")");
                if (!alt.isEmpty()) {
                    out.append(escape(alt));
                }
            }
            case "b", "strong" -> wrap(element, out, lost, "**");
            case "i", "em" -> wrap(element, out, lost, "*");
            case "code", "tt", "kbd" -> out.append('`').append(element.text().replace("`", "")).append('`');
            case "a" -> {
                var text = new StringBuilder();
                element.childNodes().forEach(child -> inline(child, text, lost));
                String href = element.attr("href").strip();
                String scheme = href.contains(":") ? href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT) : "";
                if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) {
                    out.append('[').append(text.toString().strip()).append("](").append(href.replace(")", "%29").replace(" ", "%20")).append(')');
                } else {
                    if (!href.isEmpty()) {
                        lost.add("a link to '" + href + "'");
                    }
                    out.append(text);
                }
            }
            default -> element.childNodes().forEach(child -> inline(child, out, lost));
        }
    }

    private static void wrap(Element element, StringBuilder out, List<String> lost, String mark) {
        var text = new StringBuilder();
        element.childNodes().forEach(child -> inline(child, text, lost));
        String inner = text.toString().strip();
        if (!inner.isEmpty()) {
            out.append(mark).append(inner).append(mark);
        }
    }

    /** Text as Markdown that shows it as it is: the characters Markdown would read as markup are escaped. */
    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\u00a0' ? ' ' : c);
        }
        return out.toString();
    }
}
