package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sala.web.WebSession.Page;

/**
 * The {@code sala.war} that runs on Payara Micro, deployed unchanged on GlassFish 8: a learner registers,
 * reads a lesson, takes a practice quiz and sees the result; the administrator signs in and reaches the
 * administration page; a learner is refused it.
 */
class GlassFishIT {

    private static final String PASSWORD = "the mekong floods in september";

    @RegisterExtension
    static final GlassFishServer server = new GlassFishServer();

    @Test
    void aLearnerStudiesAndTakesAPracticeQuizAndTheAdministratorSignsIn() throws Exception {
        WebSession learner = new WebSession(server.baseUrl());
        Page registered = learner.register("gf-" + Long.toHexString(System.nanoTime()), "Glass Fish", PASSWORD);
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.uri().getPath()).doesNotContain("register");

        Page lesson = learner.get("lesson.xhtml?pack=cambodian-foreign-policy&lesson=introduction");
        assertThat(lesson.heading()).isEqualTo("Introduction: Cambodia and the world since 1953");
        assertThat(lesson.html().select("main").text()).contains("Cambodia becomes independent from France");

        Page question = learner.submit(learner.get("start.xhtml?pack=cambodian-foreign-policy&quiz=introduction-practice"), "start",
                Map.of(), "start:submit");
        assertThat(question.uri().toString()).contains("attempt=");
        Element typed = question.html().selectFirst("form#answers input[type=text]");
        Page saved = typed == null ? question : learner.submit(question, "answers", Map.of(typed.attr("name"), "1953"), "answers:save");
        Page summary = learner.submit(saved, "answers", Map.of(), "answers:finish");
        Page result = learner.submit(summary, "summary", Map.of(), "summary:submit");
        assertThat(result.html().select("#score").text()).as(result.html().select("main").text()).startsWith("You scored ");
        assertThat(learner.get("admin/editors.xhtml").status()).as("a learner is refused administration").isEqualTo(403);

        WebSession admin = new WebSession(server.baseUrl());
        admin.signIn(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        Page administration = admin.get("admin/editors.xhtml");
        assertThat(administration.status()).as("the administrator's group maps to the admin role on GlassFish").isEqualTo(200);
        assertThat(Files.readString(server.serverLog())).doesNotContain("SEVERE");
    }
}
