package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sala.web.WebSession.Page;
import org.sala.web.account.LoginThrottle;

/**
 * Two Payara Micro nodes in one cluster (Hazelcast over TCP on loopback, a cluster name of this run) on one
 * PostgreSQL database, behind nginx. A learner is in the middle of an exam; the node serving them is killed
 * with SIGKILL; the same browser (same cookie) goes on through nginx on the other node: still signed in,
 * the answer acknowledged before the kill is there, the next answers save, and the attempt is submitted
 * once. Neither node logs a session it could not replicate; both log one JSON record per line. Before that: failed sign-ins on one node count on
 * the other (the throttle keeps them in the shared database), and a browser the owner signed in from on one
 * node is known on the other (the device-cookie key is shared there too).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static final String SCHEMA = "sala_failover_it";
    private static final String CLUSTER = "sala-it-" + Long.toHexString(System.nanoTime());
    private static final int GRID_A = PayaraMicroServer.freePort();
    private static final int GRID_B = PayaraMicroServer.freePort();
    private static final String PASSWORD = "the boat races of bon om touk";

    @RegisterExtension
    @Order(1)
    static final PayaraMicroServer first = PayaraMicroServer.postgres(SCHEMA).withTestPacks().withJsonLog()
            .withCluster(CLUSTER, GRID_A, GRID_A, GRID_B);

    @RegisterExtension
    @Order(2)
    static final PayaraMicroServer second = PayaraMicroServer.postgresNode(SCHEMA).withTestPacks().withJsonLog()
            .withCluster(CLUSTER, GRID_B, GRID_A, GRID_B);

    @Test
    @Order(1)
    void failedSignInsCountOnEveryNode() {
        String username = "guessed-" + Long.toHexString(System.nanoTime());
        new WebSession(first.baseUrl()).register(username, "Guessed At", PASSWORD);
        // The owner's own browser signs in on the first node once (and gets its device cookie), then logs out.
        WebSession owner = new WebSession(first.baseUrl());
        owner.signIn(username, PASSWORD);
        assertThat(owner.cookieHeader()).contains("sala_device=");
        owner.submit(owner.get("course.xhtml?pack=cambodian-foreign-policy"), "logout", Map.of(), "logout:submit");

        WebSession guesser = new WebSession(first.baseUrl());
        for (int i = 0; i < LoginThrottle.PAIR_LIMIT; i++) {
            guesser.signIn(username, "wrong guess number " + i);
        }
        Page elsewhere = new WebSession(second.baseUrl()).signIn(username, PASSWORD);
        assertThat(elsewhere.html().select(".errors, .messages, main").text())
                .as("the other node knows of the failures made on the first").contains("Too many failed sign-ins");
        assertThat(elsewhere.uri().getPath()).contains("login");

        // Cookies do not depend on the port: the owner's browser, with the cookie the first node signed, signs in on the second.
        Page known = owner.submit(owner.get(second.baseUrl() + "login.xhtml"), "login",
                Map.of("login:username", username, "login:password", PASSWORD), "login:submit");
        assertThat(known.uri().getPath()).as("the second node knows the browser by the key both share").doesNotContain("login");
        assertThat(known.uri().getPort()).isEqualTo(second.port());
    }

    @Test
    @Order(2)
    void aLearnerMidExamGoesOnOnTheOtherNodeWhenTheirsIsKilled() throws Exception {
        assertThat(Files.readString(second.log())).as("the second node joined the first's cluster").contains("DG Size: 2");
        try (Nginx nginx = Nginx.balancing(Path.of(System.getProperty("sala.it.work")), first.port(), second.port())) {
            WebSession learner = new WebSession(nginx.baseUrl());
            String username = "failover-" + Long.toHexString(System.nanoTime());
            learner.register(username, "Fail Over", PASSWORD);
            Page started = learner.submit(learner.get("start.xhtml?pack=security-probe&quiz=exam"), "start", Map.of(), "start:submit");
            String attempt = WebSession.attemptId(started.uri().toString());
            Page page = learner.get("attempt.xhtml?attempt=" + attempt + "&q=4");
            String field = page.html().selectFirst("form#answers input[type=text]").attr("name");
            int before = nginx.requests();
            Page saved = learner.submit(page, "answers", Map.of(field, "before the failover"), "answers:save");
            assertThat(saved.html().select(".saved").text()).isEqualTo("Your answer is saved.");

            int serving = nginx.nodeOfLatest(before);
            PayaraMicroServer dying = serving == first.port() ? first : second;
            PayaraMicroServer surviving = dying == first ? second : first;
            dying.kill();

            before = nginx.requests();
            Page after = learner.get("attempt.xhtml?attempt=" + attempt + "&q=4");
            assertThat(nginx.nodeOfLatest(before)).as("nginx sent the learner to the other node").isEqualTo(surviving.port());
            assertThat(after.uri().getPath()).as("still signed in: the session moved with the learner").endsWith("/attempt.xhtml");
            Element typed = after.html().selectFirst("form#answers input[type=text]");
            assertThat(typed.attr("value")).as("the answer acknowledged before the kill").isEqualTo("before the failover");

            // The page the killed node rendered, sent to the survivor: saved, or refused as out of date; never lost silently.
            Page stale = learner.submit(saved, "answers", Map.of(field, "from the old page"), "answers:save");
            assertThat(stale.status()).isEqualTo(200);
            assertThat(stale.uri().getPath()).doesNotContain("login");

            Page fresh = learner.get("attempt.xhtml?attempt=" + attempt + "&q=4");
            Page savedAfter = learner.submit(fresh, "answers", Map.of(field, "after the failover"), "answers:save");
            assertThat(savedAfter.html().select(".saved").text()).isEqualTo("Your answer is saved.");
            Page summary = learner.submit(savedAfter, "answers", Map.of(), "answers:finish");
            Page result = learner.submit(summary, "summary", Map.of(), "summary:submit");
            assertThat(result.html().select("main").text()).contains("Your answers are submitted");
            Page again = learner.submit(summary, "summary", Map.of(), "summary:submit");
            assertThat(again.status()).isLessThan(500);

            assertThat(TestPostgres.count(SCHEMA, "SELECT count(*) FROM attempt WHERE learner = ?", username)).as("one attempt").isEqualTo(1);
            assertThat(TestPostgres.count(SCHEMA, "SELECT count(*) FROM attempt WHERE learner = ? AND submitted_at IS NOT NULL", username))
                    .as("submitted once").isEqualTo(1);
            Page review = learner.get("attempt.xhtml?attempt=" + attempt + "&q=4");
            assertThat(review.status()).isLessThan(500);
            for (PayaraMicroServer node : new PayaraMicroServer[] {first, second}) {
                String log = Files.readString(node.log());
                assertThat(log).as(node.log().toString()).doesNotContain("NotSerializableException");
                // One JSON record per line (deploy/payara-micro/logging.properties); the JVM's own warnings aside.
                assertThat(log.lines().filter(line -> !line.isBlank() && !line.startsWith("WARNING: ")))
                        .as(node.log().toString()).allSatisfy(line -> assertThat(line).startsWith("{\"Timestamp\":").endsWith("}"));
                // The test packs include broken ones on purpose; their refusal is the only SEVERE record expected.
                assertThat(log.lines().filter(line -> line.contains("\"Level\":\"SEVERE\"") && !line.contains("org.sala.web.content.PackCatalog")))
                        .as(node.log().toString()).isEmpty();
            }
        }
    }
}
