package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sala.web.WebSession.Page;

/**
 * Two nodes of one deployment on one PostgreSQL database: what an editor publishes on one is served by the
 * other within seconds, without a restart, and a learner on the other node gets the new version.
 */
class ClusterPublishIT {

    private static final String SCHEMA = "sala_cluster_it";
    private static final Path PACKS = writePack();

    @RegisterExtension
    @Order(1)
    static final PayaraMicroServer first = PayaraMicroServer.postgres(SCHEMA).withPacks(PACKS);

    @RegisterExtension
    @Order(2)
    static final PayaraMicroServer second = PayaraMicroServer.postgresNode(SCHEMA).withPacks(PACKS);

    private static Path writePack() {
        try {
            Path pack = Files.createTempDirectory("sala-cluster").resolve("cluster");
            Files.createDirectories(pack.resolve("lessons"));
            Files.createDirectories(pack.resolve("banks"));
            Files.writeString(pack.resolve("pack.yaml"), """
                    id: cluster
                    title: Cluster
                    version: 2.0.0
                    lessons: [lessons/river.md]
                    banks: [banks/river.yaml]
                    quizzes: [quiz.yaml]
                    """);
            Files.writeString(pack.resolve("lessons/river.md"), """
                    ---
                    id: river
                    title: The river
                    order: 1
                    ---
                    ## The Mekong

                    The Mekong flows through Phnom Penh.
                    """);
            Files.writeString(pack.resolve("banks/river.yaml"), """
                    id: river-bank
                    title: River
                    questions:
                      - id: river-city
                        type: true-false
                        section: river#the-mekong
                        prompt: The Mekong flows through Phnom Penh.
                        answer: true
                    """);
            Files.writeString(pack.resolve("quiz.yaml"), """
                    id: river
                    title: River quiz
                    mode: deferred
                    attempts: 0
                    include: [river-city]
                    """);
            return pack.getParent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aVersionPublishedOnOneNodeIsServedByTheOtherWithoutARestart() throws Exception {
        WebSession editor = new WebSession(first.baseUrl());
        editor.signIn(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        Page form = editor.get("edit/question.xhtml?pack=cluster&id=river-city");
        Page saved = editor.submit(form, "question", Map.of("question:prompt", "The Mekong meets the Tonle Sap at Phnom Penh."),
                "question:save");
        assertThat(saved.html().select(".saved").text()).startsWith("Draft saved");
        Page published = editor.submit(editor.get("edit/course.xhtml?pack=cluster"), "publish", Map.of(), "publish:publish");
        assertThat(published.html().select(".saved").text()).startsWith("Published as version 2.0.0-edit.1");

        WebSession learner = new WebSession(second.baseUrl());
        learner.register("node-" + Long.toHexString(System.nanoTime()), "Node", "the tide turns at kep");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        String prompt;
        do {
            prompt = learner.get("review.xhtml?pack=cluster&lesson=river&section=the-mekong").html().select(".prompt").text();
            Thread.sleep(250);
        } while (!prompt.contains("Tonle Sap") && Instant.now().isBefore(deadline));
        assertThat(prompt).as("the other node serves the published version").isEqualTo("The Mekong meets the Tonle Sap at Phnom Penh.");
        Page question = learner.submit(learner.get("start.xhtml?pack=cluster&quiz=river"), "start", Map.of(), "start:submit");
        assertThat(question.html().select(".prompt").text()).as("and a quiz started there asks it").isEqualTo(prompt);

        WebSession otherAdmin = new WebSession(second.baseUrl());
        otherAdmin.signIn(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        assertThat(otherAdmin.get("edit/course.xhtml?pack=cluster").html().select("#served-version").text()).contains("2.0.0-edit.1");
    }
}
