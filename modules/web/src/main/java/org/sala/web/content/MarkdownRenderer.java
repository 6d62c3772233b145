package org.sala.web.content;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.sala.pack.model.Section;

/**
 * Authored Markdown to HTML that is safe to put in a page: CommonMark renders it with raw HTML escaped,
 * then an allowlist sanitizer keeps only formatting elements, links with ordinary protocols and heading
 * ids. Text is never evaluated as an expression. Khmer text is marked as such.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final int TEXTS_KEPT = 50_000;
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern KHMER = Pattern.compile("[\\x{1780}-\\x{17FF}\\x{19E0}-\\x{19FF}]+(?:[ \\x{00A0}]+[\\x{1780}-\\x{17FF}\\x{19E0}-\\x{19FF}]+)*");
    private static final Pattern ANCHOR = Pattern.compile("[\\p{L}\\p{N}\\p{M}_-]+");
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowCommonBlockElements()
            .allowCommonInlineFormattingElements()
            .allowElements("a", "pre", "code", "hr", "br", "blockquote", "ul", "ol", "li", "em", "strong")
            .allowStandardUrlProtocols()
            .allowAttributes("href").onElements("a")
            .requireRelNofollowOnLinks()
            .allowAttributes("id").matching(ANCHOR).onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .toFactory();

    private MarkdownRenderer() {
    }

    /** Renders text without anchors, e.g. a question's prompt; pure, so each text is rendered once and kept. */
    public static String render(String markdown) {
        String html = RENDERED.get(markdown);
        if (html == null) {
            html = render(markdown, List.of());
            if (RENDERED.size() < TEXTS_KEPT) {
                RENDERED.put(markdown, html);
            }
        }
        return html;
    }

    /** Renders a lesson; its headings, in order, get the ids of {@code sections}. */
    public static String render(String markdown, List<Section> sections) {
        Iterator<Section> anchors = sections.iterator();
        HtmlRenderer renderer = HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Heading && anchors.hasNext()) {
                        attributes.put("id", anchors.next().anchor());
                    }
                })
                .build();
        return markLanguages(POLICY.sanitize(renderer.render(PARSER.parse(markdown))));
    }

    /**
     * Marks runs of Khmer script as {@code lang="km"}, so that screen readers switch voice and browsers pick a
     * Khmer font (WCAG 3.1.2, language of parts). Works on sanitized HTML: only text between tags is touched,
     * and that text holds no markup.
     */
    static String markLanguages(String html) {
        var marked = new StringBuilder(html.length() + 32);
        Matcher tags = TAG.matcher(html);
        int text = 0;
        while (tags.find()) {
            marked.append(KHMER.matcher(html.substring(text, tags.start())).replaceAll("<span lang=\"km\">$0</span>"));
            marked.append(tags.group());
            text = tags.end();
        }
        marked.append(KHMER.matcher(html.substring(text)).replaceAll("<span lang=\"km\">$0</span>"));
        return marked.toString();
    }
}
