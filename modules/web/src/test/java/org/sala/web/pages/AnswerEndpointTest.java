package org.sala.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sala.engine.response.Response;

/** What {@link AnswerEndpoint} takes as coming from this site, and how the script's fields become an answer. */
class AnswerEndpointTest {

    /** A request with these headers only. */
    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) arguments[0]);
                    case "toString" -> headers.toString();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aRequestFromThisSiteIsTakenAndOneFromAnotherSiteIsNot() {
        assertThat(AnswerEndpoint.sameOrigin(request(Map.of("Host", "sala.example.org", "Origin", "https://sala.example.org",
                "Sec-Fetch-Site", "same-origin")))).isTrue();
        assertThat(AnswerEndpoint.sameOrigin(request(Map.of("Host", "localhost:8080", "Origin", "http://localhost:8080")))).isTrue();
        assertThat(AnswerEndpoint.sameOrigin(request(Map.of("Host", "10.0.0.5:8080", "X-Forwarded-Host", "sala.example.org",
                "Origin", "https://sala.example.org")))).as("behind a proxy that names the public host").isTrue();
        assertThat(AnswerEndpoint.sameOrigin(request(Map.of("Host", "sala.example.org")))).as("a client that sends neither header").isTrue();

        assertThat(AnswerEndpoint.sameOrigin(request(Map.of("Host", "sala.example.org", "Origin", "https://quiz-helper.example")))).isFalse();
        assertThat(AnswerEndpoint.sameOrigin(request(Map.of("Host", "sala.example.org", "Origin", "https://sala.example.org.evil.example"))))
                .isFalse();
        assertThat(AnswerEndpoint.sameOrigin(request(Map.of("Host", "localhost:8080", "Origin", "http://localhost:8081")))).as("another port")
                .isFalse();
        assertThat(AnswerEndpoint.sameOrigin(request(Map.of("Host", "sala.example.org", "Origin", "null")))).as("a sandboxed frame").isFalse();
        assertThat(AnswerEndpoint.sameOrigin(request(Map.of("Host", "sala.example.org", "Origin", "not an origin at all")))).isFalse();
        assertThat(AnswerEndpoint.sameOrigin(request(Map.of("Host", "sala.example.org", "Sec-Fetch-Site", "cross-site")))).isFalse();
        assertThat(AnswerEndpoint.sameOrigin(request(Map.of("Host", "sala.example.org", "Sec-Fetch-Site", "same-site")))).as("a sibling subdomain")
                .isFalse();
    }

    private static QuestionView view(String type, List<QuestionView.OptionView> options, List<QuestionView.OptionView> prompts) {
        return new QuestionView("q1", 3, type, "", "1", options, prompts, List.of(), "");
    }

    @Test
    void theScriptsFieldsBecomeTheSameAnswerAsTheFormsInputs() {
        var choices = List.of(new QuestionView.OptionView("a", "o1", "Angkor"), new QuestionView.OptionView("b", "o2", "Bayon"));
        assertThat(AnswerForm.of(view("single-choice", choices, List.of()), new String[] {"o2"}, Map.of())
                .response(view("single-choice", choices, List.of()))).isEqualTo(new Response.SelectedChoice("b"));
        assertThat(AnswerForm.of(view("multiple-choice", choices, List.of()), new String[] {"o1", "o2"}, Map.of())
                .response(view("multiple-choice", choices, List.of()))).isEqualTo(new Response.SelectedChoices(java.util.Set.of("a", "b")));
        assertThat(AnswerForm.of(view("short-answer", List.of(), List.of()), new String[] {"1953"}, Map.of())
                .response(view("short-answer", List.of(), List.of()))).isEqualTo(new Response.Text("1953"));
        assertThat(AnswerForm.of(view("short-answer", List.of(), List.of()), null, Map.of())
                .response(view("short-answer", List.of(), List.of()))).as("nothing typed").isEqualTo(Response.UNANSWERED);

        var prompts = List.of(QuestionView.OptionView.plain("p1", "1953"), QuestionView.OptionView.plain("p2", "1991"));
        var answers = List.of(QuestionView.OptionView.plain("Independence", "Independence"), QuestionView.OptionView.plain("Paris", "Paris"));
        QuestionView matching = view("matching", answers, prompts);
        assertThat(AnswerForm.of(matching, null, Map.of("p1", "Independence", "p2", "Paris")).response(matching))
                .isEqualTo(new Response.Matches(Map.of("p1", "Independence", "p2", "Paris")));

        assertThatThrownBy(() -> AnswerForm.of(view("single-choice", choices, List.of()), new String[] {"a"}, Map.of())
                .response(view("single-choice", choices, List.of()))).as("the pack's option id, which the page never offers")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one of this question's options");
    }
}
