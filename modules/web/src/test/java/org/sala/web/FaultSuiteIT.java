package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sala.web.WebSession.Page;

/**
 * The fault suite on the embedded database: the server killed with SIGKILL while learners are saving
 * answers loses none that it acknowledged; malformed content packs are refused with file and line while
 * the others keep working. (The database going away mid-attempt: {@link DatabaseOutageIT}; a thousand
 * concurrent submits of one attempt: {@code AttemptServiceIT}.)
 */
class FaultSuiteIT {

    @RegisterExtension
    static final PayaraMicroServer server = PayaraMicroServer.embedded().withTestPacks();

    private static final String PASSWORD = "monsoon rains over takeo";
    private static final int LEARNERS = 6;

    /**
     * One learner saving a typed answer again and again, counting what the server acknowledged: through the
     * page's Save button (no JavaScript), or as the page's script does, through {@code POST /answers}.
     */
    private static final class Saver implements Runnable {

        private final boolean script;

        Saver(boolean script) {
            this.script = script;
        }

        final String username = "saver-" + Long.toHexString(System.nanoTime());
        final AtomicInteger acknowledged = new AtomicInteger();
        volatile String attemptId;
        private final WebSession session = new WebSession(server.baseUrl());
        private Page page;
        private String field;

        void prepare() {
            session.register(username, "Saver", PASSWORD);
            Page first = session.submit(session.get("start.xhtml?pack=security-probe&quiz=exam"), "start", Map.of(), "start:submit");
            attemptId = WebSession.attemptId(first.uri().toString());
            page = session.get("attempt.xhtml?attempt=" + attemptId + "&q=4");
            Element typed = page.html().selectFirst("form#answers input[type=text]");
            assertThat(typed).as("question 4 of the probe exam takes a typed answer").isNotNull();
            field = typed.attr("name");
        }

        @Override
        public void run() {
            try {
                long sequence = Long.parseLong(page.html().selectFirst("input[name='answers:sequence']").attr("value"));
                for (int answer = 1; ; answer++) {
                    boolean saved;
                    if (script) {
                        String current = String.valueOf(sequence++);
                        var fields = new java.util.ArrayList<>(WebSession.answerFields(page, List.of(Map.entry("value", "answer-" + answer))));
                        fields.replaceAll(entry -> entry.getKey().equals("sequence") ? Map.entry("sequence", current) : entry);
                        Page answered = session.post("answers", fields, Map.of());
                        saved = answered.status() == 200 && answered.body().startsWith("{\"saved\":true");
                    } else {
                        page = session.submit(page, "answers", Map.of(field, "answer-" + answer), "answers:save");
                        saved = page.body().contains("Your answer is saved.");
                    }
                    if (saved) {
                        acknowledged.set(answer);
                    } else {
                        return;
                    }
                }
            } catch (UncheckedIOException | IllegalStateException | AssertionError serverGone) {
                // the server was killed under this request
            }
        }
    }

    @Test
    void everyAnswerAcknowledgedBeforeASigkillIsThereAfterTheRestart() throws Exception {
        var savers = new ArrayList<Saver>();
        for (int i = 0; i < LEARNERS; i++) {
            Saver saver = new Saver(i % 2 == 1);
            saver.prepare();
            savers.add(saver);
        }
        List<Thread> threads = savers.stream().map(saver -> Thread.ofPlatform().start(saver)).toList();
        while (savers.stream().anyMatch(saver -> saver.acknowledged.get() < 5)) {
            Thread.sleep(50);
        }

        server.killAndStart();
        for (Thread thread : threads) {
            thread.join(60_000);
        }

        for (Saver saver : savers) {
            int acknowledged = saver.acknowledged.get();
            WebSession again = new WebSession(server.baseUrl());
            again.signIn(saver.username, PASSWORD);
            Page page = again.get("attempt.xhtml?attempt=" + saver.attemptId + "&q=4");
            String stored = page.html().selectFirst("form#answers input[type=text]").attr("value");
            assertThat(stored).as(saver.username + " was told answer-" + acknowledged + " was saved").startsWith("answer-");
            assertThat(Integer.parseInt(stored.substring("answer-".length())))
                    .as("the stored answer is the last acknowledged one, or one whose acknowledgement the kill cut off")
                    .isBetween(acknowledged, acknowledged + 1);
        }
    }

    @Test
    void malformedPacksAreRefusedWithFileAndLineAndTheOtherCoursesKeepWorking() throws Exception {
        WebSession visitor = new WebSession(server.baseUrl());
        Page catalog = visitor.get("");
        String courses = catalog.html().select("main").text();

        assertThat(courses).contains("Cambodian Foreign Policy").contains("Security probe")
                .doesNotContain("Broken YAML pack").doesNotContain("Broken question pack");
        assertThat(visitor.get("course.xhtml?pack=broken-question").status()).isEqualTo(404);
        assertThat(visitor.get("course.xhtml?pack=cambodian-foreign-policy").status()).isEqualTo(200);
        String log = Files.readString(server.log());
        assertThat(log).contains("pack.yaml:4:8: not valid YAML")
                .contains("bad.yaml:7:5: unknown key 'colour'")
                .contains("bad.yaml:9:7: question 'no-right-option' has no right option");
        assertThat(catalog.body()).doesNotContain("Exception");
    }
}
