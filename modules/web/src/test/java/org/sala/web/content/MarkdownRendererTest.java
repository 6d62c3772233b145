package org.sala.web.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sala.pack.model.Section;

class MarkdownRendererTest {

    @Test
    void rawHtmlIsShownAsTextAndScriptLinksAreDropped() {
        String html = MarkdownRenderer.render("<script>alert(1)</script> [x](javascript:void) <img src=x onerror=alert(3)>");

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("href")
                .contains("&lt;script&gt;");
    }

    @Test
    void headingsCarryTheirSectionAnchors() {
        String html = MarkdownRenderer.render("## Joining in 1999\n\nText.", List.of(new Section("joining-in-1999", "Joining in 1999", 2)));

        assertThat(html).contains("<h2 id=\"joining-in-1999\">Joining in 1999</h2>");
    }

    @Test
    void khmerRunsAreMarkedAsKhmerAndOtherTextIsLeftAlone() {
        String html = MarkdownRenderer.render("- Cambodia: កម្ពុជា (Kampuchea)\n- The lake: ទន្លេ សាប");

        assertThat(html).contains("Cambodia: <span lang=\"km\">កម្ពុជា</span> (Kampuchea)")
                .contains("The lake: <span lang=\"km\">ទន្លេ សាប</span>");
        assertThat(MarkdownRenderer.render("No Khmer here.")).doesNotContain("lang=");
    }
}
