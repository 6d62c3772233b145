package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Element;
import org.sala.web.WebSession.Page;

/**
 * What every server Sala is deployed on must do, over HTTP: a learner registers, reads a lesson, takes the
 * practice quiz and sees the result, is refused the administration pages; the administrator (created from
 * {@code SALA_ADMIN_USER}) signs in and reaches them, which shows the server maps the account's groups to
 * the application's roles. The operator's endpoints answer: liveness, readiness, and metrics that counted
 * all this.
 */
final class ServerJourney {

    private static final String PASSWORD = "the mekong floods in september";

    private ServerJourney() {
    }

    /** Runs the journey against the application at {@code baseUrl}; returns the learner's attempt id. */
    static String learnerAndAdministrator(String baseUrl, String learnerPrefix) throws Exception {
        WebSession learner = new WebSession(baseUrl);
        Page registered = learner.register(learnerPrefix + "-" + Long.toHexString(System.nanoTime()), "Server Journey", PASSWORD);
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.uri().getPath()).doesNotContain("register");

        Page lesson = learner.get("lesson.xhtml?pack=cambodian-foreign-policy&lesson=introduction");
        assertThat(lesson.heading()).isEqualTo("Introduction: Cambodia and the world since 1953");
        assertThat(lesson.html().select("main").text()).contains("Cambodia becomes independent from France");

        Page question = learner.submit(learner.get("start.xhtml?pack=cambodian-foreign-policy&quiz=introduction-practice"), "start",
                Map.of(), "start:submit");
        assertThat(question.uri().toString()).contains("attempt=");
        String attempt = WebSession.attemptId(question.uri().toString());
        Element typed = question.html().selectFirst("form#answers input[type=text]");
        Page saved = typed == null ? question : learner.submit(question, "answers", Map.of(typed.attr("name"), "1953"), "answers:save");
        Page summary = learner.submit(saved, "answers", Map.of(), "answers:finish");
        Page result = learner.submit(summary, "summary", Map.of(), "summary:submit");
        assertThat(result.html().select("#score").text()).as(result.html().select("main").text()).startsWith("You scored ");
        assertThat(learner.get("admin/editors.xhtml").status()).as("a learner is refused administration").isEqualTo(403);

        WebSession stranger = new WebSession(baseUrl);
        Page wrong = stranger.signIn(PayaraMicroServer.ADMIN, "not the password at all");
        assertThat(wrong.uri().getPath()).contains("login");
        WebSession admin = new WebSession(baseUrl);
        admin.signIn(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        Page administration = admin.get("admin/editors.xhtml");
        assertThat(administration.status()).as("the administrator's group maps to the admin role").isEqualTo(200);
        assertThat(administration.heading()).isNotBlank();

        WebSession operator = new WebSession(baseUrl);
        assertThat(operator.get("health/live").status()).isEqualTo(200);
        Page ready = operator.get("health/ready");
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"name\":\"database\"");
        assertThat(DatabaseOutageIT.metric(operator, "sala_answer_saves_total{outcome=\"saved\"}")).isPositive();
        assertThat(DatabaseOutageIT.metric(operator, "sala_attempts_submitted_total")).isPositive();
        assertThat(DatabaseOutageIT.metric(operator, "sala_sign_ins_total{outcome=\"accepted\"}")).isPositive();
        assertThat(DatabaseOutageIT.metric(operator, "sala_sign_ins_total{outcome=\"refused\"}")).isPositive();
        return attempt;
    }
}
