package org.sala.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The same {@code sala.war} on GlassFish 8, unpacked from its Maven Central zip: a domain of its own (in the
 * test's work folder, on free ports), started with {@code asadmin start-domain} as an operator does, Sala
 * deployed at {@code /} with {@code asadmin deploy}, the first administrator from {@code SALA_ADMIN_USER}.
 * On the embedded database, or ({@link #withServerDataSource(String)}) on PostgreSQL through the data
 * source that {@code deploy/glassfish/postgresql-datasource.asadmin} defines, the driver in the domain's
 * {@code lib} folder, as the README tells operators.
 */
final class GlassFishServer implements BeforeAllCallback, AfterAllCallback {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);

    private final Path home = Path.of(PayaraMicroServer.required("sala.it.glassfish"));
    private final Path war = Path.of(PayaraMicroServer.required("sala.it.war"));
    private final Path work = Path.of(PayaraMicroServer.required("sala.it.work"));
    private final String domain = "sala" + Long.toHexString(System.nanoTime());
    private Path domains;
    private Path log;
    private int portBase;
    private String schema;

    /** Sala on PostgreSQL, in this schema (dropped and created anew), through the domain's data source jdbc/sala. */
    GlassFishServer withServerDataSource(String schema) {
        this.schema = schema;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Files.createDirectories(work);
        domains = Files.createTempDirectory(work, "glassfish-domains-");
        log = work.resolve("asadmin-" + domain + ".log");
        portBase = freePortBase();
        asadmin("create-domain", "--nopassword=true", "--portbase", String.valueOf(portBase), "--domaindir", domains.toString(), domain);
        if (schema != null) {
            TestPostgres.freshSchema(schema);
            Path driver = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Files.copy(driver, domains.resolve(domain).resolve("lib").resolve(driver.getFileName()));
        }
        asadmin("start-domain", "--domaindir", domains.toString(), domain);
        if (schema != null) {
            asadmin("--port", String.valueOf(portBase + 48), "multimode", "--file",
                    TestPostgres.asadminDataSource(work, schema, TestPostgres.port()).toString());
        }
        asadmin("--port", String.valueOf(portBase + 48), "deploy", "--contextroot", "/", "--name", "sala", war.toString());
        awaitReady();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        asadmin("stop-domain", "--domaindir", domains.toString(), domain);
    }

    String baseUrl() {
        return "http://localhost:" + (portBase + 80) + "/";
    }

    /** The domain's server log. */
    Path serverLog() {
        return domains.resolve(domain).resolve("logs/server.log");
    }

    private void asadmin(String... arguments) throws Exception {
        var command = new ArrayList<>(List.of(home.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        var environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SALA_"));
        environment.put("AS_JAVA", System.getProperty("java.home"));
        environment.put("SALA_ADMIN_USER", PayaraMicroServer.ADMIN);
        environment.put("SALA_ADMIN_PASSWORD", PayaraMicroServer.ADMIN_PASSWORD);
        environment.put("SALA_DATA_DIR", work.resolve("data-" + domain).toString());
        if (schema != null) {
            environment.put("SALA_DATASOURCE", "jdbc/sala");
        }
        Process process = builder.start();
        if (!process.waitFor(STARTUP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + arguments[0] + " did not finish; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed with " + process.exitValue() + "; see " + log
                    + " and " + serverLog());
        }
    }

    private void awaitReady() throws Exception {
        Serving.await(baseUrl(), STARTUP_LIMIT, "GlassFish did not serve Sala within " + STARTUP_LIMIT + "; see " + serverLog());
    }

    /** A port base whose admin (+48), HTTP (+80) and HTTPS (+81) ports and the rest of its hundred are free now. */
    private static int freePortBase() {
        for (int tried = 0; tried < 50; tried++) {
            int base = ThreadLocalRandom.current().nextInt(200, 600) * 100;
            if (free(base, 100)) {
                return base;
            }
        }
        throw new IllegalStateException("no free range of 100 ports for GlassFish");
    }

    private static boolean free(int base, int count) {
        for (int port = base; port < base + count; port++) {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
