package org.sala.pack.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClozeSyntaxTest {

    @Test
    void anEmbeddedAnswerGivesItsWeightTypeAndAlternativesWithCreditsAndFeedback() {
        String text = "Cambodia joined in {2:NUMERICAL:=1999:0#Yes~%50%1999:1#Close~*#No}.";

        ClozeSyntax.Embedded embedded = ClozeSyntax.scan(text).answers().getFirst();

        assertThat(embedded.source(text)).isEqualTo("{2:NUMERICAL:=1999:0#Yes~%50%1999:1#Close~*#No}");
        assertThat(embedded.weight()).isEqualTo(new BigDecimal(2));
        assertThat(embedded.kind()).isEqualTo(ClozeSyntax.Kind.NUMERICAL);
        assertThat(embedded.alternatives()).containsExactly(
                new ClozeSyntax.Alternative(new BigDecimal(100), "1999:0", "Yes"),
                new ClozeSyntax.Alternative(new BigDecimal(50), "1999:1", "Close"),
                new ClozeSyntax.Alternative(BigDecimal.ZERO, "*", "No"));
    }

    @Test
    void everyNameOfATypeIsKnownAndTheWeightDefaultsToOne() {
        ClozeSyntax.Scan scan = ClozeSyntax.scan("{:SA:=a} {1:MWC:=b} {1:NM:=1} {1:MCV:~=c~d} {1:MULTICHOICE_HS:=e~f} {1:MRH:=g~=h}");

        assertThat(scan.notes()).isEmpty();
        assertThat(scan.answers()).extracting(ClozeSyntax.Embedded::kind).containsExactly(ClozeSyntax.Kind.SHORT_ANSWER,
                ClozeSyntax.Kind.SHORT_ANSWER_CASE_SENSITIVE, ClozeSyntax.Kind.NUMERICAL, ClozeSyntax.Kind.MULTICHOICE,
                ClozeSyntax.Kind.MULTICHOICE_SHUFFLED, ClozeSyntax.Kind.MULTIRESPONSE);
        assertThat(scan.answers().getFirst().weight()).isEqualTo(BigDecimal.ONE);
        assertThat(scan.answers().get(3).alternatives()).extracting(ClozeSyntax.Alternative::answer).containsExactly("c", "d");
    }

    @Test
    void whatIsWrittenIsReadBackWithItsSpecialCharacters() {
        var alternatives = List.of(new ClozeSyntax.Alternative(new BigDecimal(100), "a } b # c ~ d & e", "it's {#} ~ &amp;"),
                new ClozeSyntax.Alternative(new BigDecimal("33.33333"), "third", ""),
                new ClozeSyntax.Alternative(new BigDecimal(-50), "&#39;", "minus"));

        String written = ClozeSyntax.write(new BigDecimal(3), "MULTICHOICE", alternatives);

        assertThat(written).isEqualTo("{3:MULTICHOICE:=a \\} b \\# c \\~ d &amp; e#it's {\\#\\} \\~ &amp;amp;~%33.33333%third~%-50%&amp;\\#39;#minus}");
        assertThat(ClozeSyntax.scan("x " + written + " y").answers().getFirst().alternatives()).isEqualTo(alternatives);
    }

    @Test
    void anUnclosedOrUnknownEmbeddedAnswerIsANoteAndStaysText() {
        ClozeSyntax.Scan scan = ClozeSyntax.scan("{1:ESSAY:x} then {1:SA:=open");

        assertThat(scan.answers()).isEmpty();
        assertThat(scan.notes()).hasSize(2).anySatisfy(note -> assertThat(note).contains("ESSAY is not a cloze type"))
                .anySatisfy(note -> assertThat(note).contains("never closed"));
    }
}
