package org.sala.pack.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionIdsTest {

    @Test
    void aNameBecomesLowerCaseLettersDigitsAndHyphens() {
        assertThat(QuestionIds.slug("Cambodia joins ASEAN (1999)")).isEqualTo("cambodia-joins-asean-1999");
        assertThat(QuestionIds.slug("  Phnom Pénh — the capital?  ")).isEqualTo("phnom-penh-the-capital");
        assertThat(QuestionIds.slug("snake_case_name")).isEqualTo("snake-case-name");
        assertThat(QuestionIds.slug("រាជធានី")).isEmpty();
    }

    @Test
    void aValidIdIsItsOwnSlug() {
        assertThat(QuestionIds.slug("entry-year-2")).isEqualTo("entry-year-2");
    }

    @Test
    void apostrophesAreDroppedNotSeparators() {
        assertThat(QuestionIds.slug("ASEAN's tenth member")).isEqualTo("aseans-tenth-member");
        assertThat(QuestionIds.slug("Cambodia’s entry")).isEqualTo("cambodias-entry");
    }

    @Test
    void aTakenIdGetsTheNextFreeSuffix() {
        var ids = new QuestionIds();
        ids.take("capital");
        ids.take("capital-2");

        assertThat(ids.propose("Capital", 3)).isEqualTo("capital-3");
        assertThat(ids.propose("", 4)).isEqualTo("q4");
        assertThat(ids.propose("រាជធានី", 5)).isEqualTo("q5");
    }
}
