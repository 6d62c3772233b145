package org.sala.pack.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML from Moodle and GIFT as Sala's Markdown: structure kept, markup never shown as text, losses named. */
class HtmlTextTest {

    @Test
    void paragraphsEmphasisBreaksAndEntitiesBecomeMarkdown() {
        HtmlText.Converted converted = HtmlText.toMarkdown("<p>Cambodia joined <b>ASEAN</b> in <i>1999</i>.<br />It was the"
                + " tenth&nbsp;member &amp; the last.</p><p>Second <strong>paragraph</strong>.</p>");

        assertThat(converted.markdown()).isEqualTo("Cambodia joined **ASEAN** in *1999*.\\\nIt was the tenth member & the last.\n\nSecond **paragraph**.");
        assertThat(converted.lost()).isEmpty();
    }

    @Test
    void listsLinksHeadingsAndTablesKeepTheirStructure() {
        String markdown = HtmlText.toMarkdown("<h3>Members</h3><ul><li>Cambodia</li><li>Laos<ol><li>Vientiane</li></ol></li></ul>"
                + "<p>See <a href=\"https://asean.org/members\">the list</a> or <a href=\"javascript:alert(1)\">this</a>.</p>"
                + "<table><tr><th>Country</th><th>Joined</th></tr><tr><td>Cambodia</td><td>1999</td></tr></table>").markdown();

        assertThat(markdown).isEqualTo("""
                ### Members

                - Cambodia
                - Laos
                   1. Vientiane

                See [the list](https://asean.org/members) or this.

                | Country | Joined |
                | --- | --- |
                | Cambodia | 1999 |""");
    }

    @Test
    void whatCannotBeKeptIsNamedAndMarkdownCharactersInTextAreEscaped() {
        HtmlText.Converted converted = HtmlText.toMarkdown("<p><img src=\"@@PLUGINFILE@@/map.png\" alt=\"Map\"> 2*3 = 6 [sic] #1</p>"
                + "<script>alert(1)</script><style>p{}</style><a href=\"file:///etc/passwd\">local</a>");

        assertThat(converted.markdown()).isEqualTo("Map 2\\*3 = 6 \\[sic\\] \\#1\n\nlocal");
        assertThat(converted.lost()).containsExactly("an image (map.png, a file of the Moodle course)", "a script", "a style sheet",
                "a link to 'file:///etc/passwd'");
        assertThat(converted.markdown()).doesNotContain("<").doesNotContain("alert");
    }

    @Test
    void markupIsRecognisedAndPlainTextIsNot() {
        assertThat(HtmlText.looksLikeHtml("<p>Hi</p>")).isTrue();
        assertThat(HtmlText.looksLikeHtml("Tom &amp; Jerry")).isTrue();
        assertThat(HtmlText.looksLikeHtml("if x < 5 and y > 2")).isFalse();
        assertThat(HtmlText.looksLikeHtml("Plain words")).isFalse();
    }
}
