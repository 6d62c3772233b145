package org.sala.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The same {@code sala.war} on Open Liberty, unpacked from its Maven Central zip, set up as
 * {@code deploy/openliberty/server.xml} tells an operator: a server of its own (its user folder in the
 * test's work folder), that {@code server.xml}, the WAR in {@code apps/}, Jakarta Persistence with EclipseLink
 * in {@code lib/persistence/} and the PostgreSQL driver in {@code lib/jdbc/}; started with
 * {@code server start} on a free port, on PostgreSQL in a fresh schema through the server's data source
 * ({@code SALA_DATASOURCE=jdbc/sala}), the first administrator from {@code SALA_ADMIN_USER}.
 */
final class OpenLibertyServer implements BeforeAllCallback, AfterAllCallback {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);
    private static final String SERVER = "sala";

    private final Path home = Path.of(PayaraMicroServer.required("sala.it.openliberty"));
    private final Path libraries = Path.of(PayaraMicroServer.required("sala.it.serverlib"));
    private final Path war = Path.of(PayaraMicroServer.required("sala.it.war"));
    private final Path work = Path.of(PayaraMicroServer.required("sala.it.work"));
    private final String schema;
    private Path userDirectory;
    private Path log;
    private int port;

    OpenLibertyServer(String schema) {
        this.schema = schema;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Files.createDirectories(work);
        userDirectory = Files.createTempDirectory(work, "openliberty-usr-");
        log = work.resolve(userDirectory.getFileName() + ".log");
        port = PayaraMicroServer.freePort();
        TestPostgres.freshSchema(schema);
        server("create");
        Path server = serverDirectory();
        Files.copy(Path.of("../../deploy/openliberty/server.xml"), server.resolve("server.xml"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(server.resolve("apps"));
        Files.copy(war, server.resolve("apps/sala.war"));
        copyAll(libraries.resolve("persistence"), server.resolve("lib/persistence"));
        copyAll(libraries.resolve("jdbc"), server.resolve("lib/jdbc"));
        server("start");
        awaitReady();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server("stop");
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** The server's messages log. */
    Path serverLog() {
        return serverDirectory().resolve("logs/messages.log");
    }

    private Path serverDirectory() {
        return userDirectory.resolve("servers").resolve(SERVER);
    }

    private void server(String action) throws Exception {
        var command = new ArrayList<>(List.of(home.resolve("bin/server").toString(), action, SERVER));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        var environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SALA_") || name.startsWith("POSTGRES_"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("WLP_USER_DIR", userDirectory.toString());
        environment.put("HTTP_PORT", String.valueOf(port));
        environment.put("POSTGRES_HOST", TestPostgres.host());
        environment.put("POSTGRES_PORT", String.valueOf(TestPostgres.port()));
        environment.put("POSTGRES_DATABASE", TestPostgres.database());
        environment.put("POSTGRES_USER", TestPostgres.user());
        environment.put("POSTGRES_PASSWORD", TestPostgres.password());
        environment.put("POSTGRES_SCHEMA", schema);
        environment.put("SALA_DATASOURCE", "jdbc/sala");
        environment.put("SALA_ADMIN_USER", PayaraMicroServer.ADMIN);
        environment.put("SALA_ADMIN_PASSWORD", PayaraMicroServer.ADMIN_PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(STARTUP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("server " + action + " did not finish; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("server " + action + " failed with " + process.exitValue() + "; see " + log + " and " + serverLog());
        }
    }

    private static void copyAll(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> jars = Files.list(from)) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, to.resolve(jar.getFileName()));
            }
        }
    }

    private void awaitReady() throws Exception {
        Serving.await(baseUrl(), STARTUP_LIMIT, "Open Liberty did not serve Sala within " + STARTUP_LIMIT + "; see " + serverLog());
    }
}
