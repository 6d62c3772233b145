package org.sala.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the real WAR on Payara Micro in a separate JVM on a free port, with its own data directory, for
 * the length of a test class. Register with {@code @RegisterExtension static PayaraMicroServer server}.
 * The server's output goes to {@code target/it/payara-N.log}.
 */
public final class PayaraMicroServer implements BeforeAllCallback, AfterAllCallback {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);

    private final Path payara = Path.of(required("sala.it.payara"));
    private final Path war = Path.of(required("sala.it.war"));
    private final Path work = Path.of(required("sala.it.work"));
    private Path dataDirectory;
    private Process process;
    private Path log;
    private int port;
    private int starts;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Files.createDirectories(work);
        dataDirectory = Files.createTempDirectory(work, "data-");
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    /** The application's root URL, ending in '/'. */
    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** Stops the server gracefully and starts it again on the same port and data directory. */
    public void restart() throws Exception {
        stop();
        start();
    }

    private void start() throws Exception {
        if (port == 0) {
            port = freePort();
        }
        log = work.resolve("payara-" + (++starts) + ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        process = new ProcessBuilder(List.of(java.toString(), "-Xmx512m",
                "-Dsala.data.dir=" + dataDirectory,
                "-jar", payara.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--nocluster"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitReady();
    }

    private void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private void awaitReady() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            if (Files.readString(log).contains("Exception while loading the app")) {
                throw new IllegalStateException("the application failed to deploy; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl())).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Payara Micro did not answer within " + STARTUP_LIMIT + "; see " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set; run the integration tests with mvn verify");
        }
        return value;
    }
}
