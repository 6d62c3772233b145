package org.sala.persistence.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sala.engine.response.Response;

class ResponseCodecTest {

    private static void roundTrips(Response response) {
        assertThat(ResponseCodec.decode(ResponseCodec.encode(response))).isEqualTo(response);
    }

    @Test
    void everyKindOfResponseReadsBackEqual() {
        roundTrips(Response.UNANSWERED);
        roundTrips(new Response.SelectedChoice("b"));
        roundTrips(new Response.SelectedChoices(Set.of("a", "c")));
        roundTrips(new Response.SelectedChoices(Set.of()));
        roundTrips(new Response.TrueOrFalse(false));
        roundTrips(new Response.Text("Hun Sen"));
        roundTrips(new Response.Text(""));
        roundTrips(new Response.Matches(Map.of("asean", "1999", "wto", "2004")));
        roundTrips(new Response.Sequence(List.of("untac", "asean", "wto")));
        roundTrips(new Response.Gaps(Map.of("org", new Response.Text("ASEAN"), "year", Response.UNANSWERED,
                "choice", new Response.SelectedChoice("x"))));
    }

    @Test
    void separatorsAndNonLatinTextInsideResponsesCannotBreakTheForm() {
        roundTrips(new Response.Text("a,b=c&d:e%f+g \n\t"));
        roundTrips(new Response.Text("សាលា"));
        roundTrips(new Response.Matches(Map.of("a=b", "c&d", "x,y", "z:w")));
        roundTrips(new Response.Sequence(List.of("one,two", "three")));
        roundTrips(new Response.Gaps(Map.of("g", new Response.Matches(Map.of("k", "v=&")))));
    }

    @Test
    void theStoredFormIsReadable() {
        assertThat(ResponseCodec.encode(new Response.SelectedChoices(Set.of("c", "a")))).isEqualTo("choices:a,c");
        assertThat(ResponseCodec.encode(new Response.Text("Hun Sen"))).isEqualTo("text:Hun%20Sen");
        assertThat(ResponseCodec.encode(Response.UNANSWERED)).isNull();
    }

    @Test
    void anUnknownStoredKindIsAnErrorNamingIt() {
        assertThatThrownBy(() -> ResponseCodec.decode("essay:hello")).hasMessageContaining("'essay:hello'");
    }
}
