package org.sala.engine.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sala.engine.question.TextMatching.UnicodeForm;

class TextMatchingTest {

    private static final TextMatching FOLDING = new TextMatching(false, true, UnicodeForm.NFC, true);

    @Test
    void composedAndDecomposedAccentsAreTheSameUnderNfc() {
        assertThat(TextMatching.DEFAULT.normalize("Pe\u0301nh")).isEqualTo(TextMatching.DEFAULT.normalize("P\u00e9nh"));
    }

    @Test
    void accentsCountUnlessFolded() {
        assertThat(TextMatching.DEFAULT.normalize("Pénh")).isNotEqualTo(TextMatching.DEFAULT.normalize("Penh"));
        assertThat(FOLDING.normalize("Phnom Pénh")).isEqualTo("phnom penh");
    }

    @Test
    void foldingKeepsKhmerVowelSignsAndDiacritics() {
        // ពេល: ព + េ (vowel sign, a combining mark) + ល; folding Latin accents must not touch it.
        assertThat(FOLDING.normalize("ពេល")).isEqualTo("ពេល");
        assertThat(FOLDING.normalize("កម្ពុជា")).isEqualTo("កម្ពុជា");
    }

    @Test
    void nfkcFoldsFullWidthLettersAndLigatures() {
        var compatible = new TextMatching(false, true, UnicodeForm.NFKC, false);

        assertThat(compatible.normalize("ＡＳＥＡＮ")).isEqualTo("asean");
        assertThat(compatible.normalize("ﬁnance")).isEqualTo("finance");
        assertThat(TextMatching.DEFAULT.normalize("ＡＳＥＡＮ")).isNotEqualTo("asean");
    }

    @Test
    void innerWhitespaceIsCollapsedOnlyWhenAsked() {
        var exactSpaces = new TextMatching(false, false, UnicodeForm.NFC, false);

        assertThat(TextMatching.DEFAULT.normalize(" Hun \t Sen\u00a0 ")).isEqualTo("hun sen");
        assertThat(exactSpaces.normalize(" Hun  Sen ")).isEqualTo("hun  sen");
    }

    @Test
    void wildcardsMatchAnyRunAndAnEscapedStarIsLiteral() {
        assertThat(Wildcards.matches("*sen*", "prime minister hun sen")).isTrue();
        assertThat(Wildcards.matches("a*b*c", "axxbyyc")).isTrue();
        assertThat(Wildcards.matches("a*b*c", "axxbyy")).isFalse();
        assertThat(Wildcards.matches("5\\*", "5*")).isTrue();
        assertThat(Wildcards.matches("5\\*", "55")).isFalse();
        assertThat(Wildcards.matches("*", "")).isTrue();
    }

    @Test
    void aPathologicalPatternStaysFast() {
        String text = "a".repeat(50_000);
        long start = System.nanoTime();
        boolean matched = Wildcards.matches("*a*a*a*a*a*a*a*b", text);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(matched).isFalse();
        assertThat(millis).as("milliseconds for a backtracking-prone pattern").isLessThan(2_000);
    }
}
