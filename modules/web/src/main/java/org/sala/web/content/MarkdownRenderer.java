package org.sala.web.content;

import java.util.Iterator;
import java.util.List;
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
 * ids. Text is never evaluated as an expression.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
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

    /** Renders text without anchors, e.g. a question's prompt. */
    public static String render(String markdown) {
        return render(markdown, List.of());
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
        return POLICY.sanitize(renderer.render(PARSER.parse(markdown)));
    }
}
