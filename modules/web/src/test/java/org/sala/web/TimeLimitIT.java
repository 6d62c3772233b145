package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sala.web.WebSession.Page;

/**
 * Time limits finish attempts by themselves, with their saved answers, while the server runs and its
 * learner is away, also after the server was killed with SIGKILL and started again over the same runtime
 * directory, run the way the README tells institutions to (deployed once with {@code --warmup}). The sweep
 * runs every 2 s here ({@code SALA_OVERDUE_SWEEP}); the probe's timed exam lasts 40 s with no grace period.
 */
class TimeLimitIT {

    @RegisterExtension
    static final PayaraMicroServer server = PayaraMicroServer.embedded().withTestPacks().withPersistentRootDir()
            .withEnvironment("SALA_OVERDUE_SWEEP", "2s");

    private static final String PASSWORD = "the tide turns at kep";
    private static final Pattern FINISHED = Pattern.compile("(\\d+) attempt\\(s\\) finished after their time ran out");

    @Test
    void anAttemptPastItsTimeIsFinishedWithItsSavedAnswerAfterASigkillWithoutItsLearnerComingBack() throws Exception {
        WebSession learner = new WebSession(server.baseUrl());
        String username = "timed-" + Long.toHexString(System.nanoTime());
        learner.register(username, "Timed", PASSWORD);
        Page first = learner.submit(learner.get("start.xhtml?pack=security-probe&quiz=timed"), "start", Map.of(), "start:submit");
        String attempt = WebSession.attemptId(first.uri().toString());
        Element typed = first.html().selectFirst("form#answers input[type=text]");
        Page saved = learner.submit(first, "answers", Map.of(typed.attr("name"), "ANSWERMARKERSHORT"), "answers:save");
        assertThat(saved.html().select(".saved").text()).isEqualTo("Your answer is saved.");

        server.killAndStart();
        String started = Files.readString(server.log());
        assertThat(count(started, "Loading application [sala]")).as("Sala deployed once on a restart over the runtime directory").isEqualTo(1);
        assertThat(finished(started)).as("not yet overdue when the server came back").isZero();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (finished(Files.readString(server.log())) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        String log = Files.readString(server.log());
        assertThat(finished(log)).as("the sweep finished the attempt while nobody looked").isEqualTo(1);
        assertThat(log.lines().filter(line -> line.contains("SEVERE")))
                .as("no SEVERE line but the refusal of the malformed test packs").allSatisfy(line -> assertThat(line).contains("PackCatalog"));
        assertThat(log).doesNotContain("WELD-001303").doesNotContain("finishing overdue attempts failed");
        assertThat(health()).isEqualTo("200 ok");

        learner.signIn(username, PASSWORD); // sessions do not outlive a SIGKILL
        Page result = learner.get("result.xhtml?attempt=" + attempt);
        assertThat(result.heading()).startsWith("Your result");
        assertThat(result.html().select("#score").text()).isEqualTo("You scored 1 out of 2 (50%).");
        assertThat(result.body()).contains("ANSWERMARKERSHORT");
    }

    private static int finished(String log) {
        Matcher matcher = FINISHED.matcher(log);
        int total = 0;
        while (matcher.find()) {
            total += Integer.parseInt(matcher.group(1));
        }
        return total;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String health() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "health")).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body().strip();
    }
}
