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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the real WAR on Payara Micro in a separate JVM on a free port, for the length of a test class: on
 * the embedded H2 database in a data directory of its own ({@link #embedded()}), or on PostgreSQL in a
 * fresh schema ({@link #postgres(String)}). Register with {@code @RegisterExtension static}. The server
 * has an administrator, {@link #ADMIN} with {@link #ADMIN_PASSWORD}, from its configuration as in a real
 * deployment. The server's output goes to {@code target/it/payara-N.log}.
 */
public final class PayaraMicroServer implements BeforeAllCallback, AfterAllCallback {

    public static final String ADMIN = "it-admin";
    public static final String ADMIN_PASSWORD = "angkor wat at dawn 1113";

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);
    /** The settings every Payara Micro start of a deployment uses (README): SameSite on the container's own cookies, HTTP/1.1. */
    private static final Path HTTP_SETTINGS = Path.of("../../deploy/payara-micro/http-settings.asadmin");
    private static final Path SINGLE_NODE = Path.of("../../deploy/payara-micro/single-node.asadmin");
    private static final AtomicInteger STARTS = new AtomicInteger();

    private final Path payara = Path.of(required("sala.it.payara"));
    private final Path war = Path.of(required("sala.it.war"));
    private final Path work = Path.of(required("sala.it.work"));
    private final String postgresSchema;
    private boolean joinsSchema;
    private boolean serverDataSource;
    private Path packsDirectory;
    private final Map<String, String> extraEnvironment = new java.util.LinkedHashMap<>();
    private boolean persistentRootDir;
    private Path rootDir;
    private int databasePort;
    private Path dataDirectory;
    private boolean jsonLog;
    private String clusterName;
    private int clusterPort;
    private int[] clusterPorts;
    private Seed seed;
    private Process process;
    private Path log;
    private int port;

    private PayaraMicroServer(String postgresSchema) {
        this.postgresSchema = postgresSchema;
    }

    /** The application on its embedded default: an H2 file database in a fresh data directory. */
    public static PayaraMicroServer embedded() {
        return new PayaraMicroServer(null);
    }

    /**
     * The application on PostgreSQL ({@code -Dsala.test.postgres.url}, default 127.0.0.1:5432/test, user
     * {@code -Dsala.test.postgres.user}, default postgres) in this schema, dropped and created anew. Without a
     * reachable server the test class is skipped, unless {@code CI=true}, where it fails.
     */
    public static PayaraMicroServer postgres(String schema) {
        return new PayaraMicroServer(schema);
    }

    /**
     * Another node of the same deployment: the application on PostgreSQL in this schema, which another
     * server of the test has created (register this one after it, with {@code @Order}).
     */
    public static PayaraMicroServer postgresNode(String schema) {
        var node = new PayaraMicroServer(schema);
        node.joinsSchema = true;
        return node;
    }

    /** Fills the database before the server's first start (a benchmark's data), given the settings the server will use. */
    @FunctionalInterface
    public interface Seed {
        void into(org.sala.persistence.DatabaseSettings settings) throws Exception;
    }

    /** Has {@code seed} fill the fresh database before the server starts. */
    public PayaraMicroServer withSeed(Seed seed) {
        this.seed = seed;
        return this;
    }

    /** Installs the content packs in this directory too, as an institution does with SALA_PACKS_DIR. */
    public PayaraMicroServer withPacks(Path directory) {
        this.packsDirectory = directory;
        return this;
    }

    /** Installs the test packs of {@code src/test/resources/packs} (payloads, malformed packs) beside the course. */
    public PayaraMicroServer withTestPacks() {
        try {
            return withPacks(Path.of(PayaraMicroServer.class.getResource("/packs").toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Uses PostgreSQL through a data source the server defines ({@code jdbc/sala}, created at boot by the
     * asadmin commands of {@code deploy/glassfish/postgresql-datasource.asadmin}, the driver added with
     * {@code --addlibs}) instead of a JDBC URL: {@code SALA_DATASOURCE=jdbc/sala}.
     */
    public PayaraMicroServer withServerDataSource() {
        if (postgresSchema == null) {
            throw new IllegalStateException("a server data source is for PostgreSQL: start from PayaraMicroServer.postgres(schema)");
        }
        serverDataSource = true;
        return this;
    }

    /** Sets an environment variable of the server (a {@code SALA_*} setting), for every start. */
    public PayaraMicroServer withEnvironment(String name, String value) {
        extraEnvironment.put(name, value);
        return this;
    }

    /**
     * Runs Payara Micro as the README tells institutions to: with a persistent runtime directory
     * ({@code --rootdir}), into which Sala is deployed once with {@code --warmup}; every start, and every
     * start after a kill, then runs from that directory without {@code --deploy}.
     */
    public PayaraMicroServer withPersistentRootDir() {
        this.persistentRootDir = true;
        return this;
    }

    /** Has the application reach PostgreSQL through this port (a {@link TcpProxy}) instead of the server's own. */
    public PayaraMicroServer withDatabasePort(int port) {
        this.databasePort = port;
        return this;
    }

    /**
     * Makes this server a node of a Payara Micro cluster (Hazelcast) instead of {@code --nocluster}: members
     * found over TCP on loopback at {@code memberPorts}, this node's data grid on {@code ownPort}, the cluster
     * named {@code name} (one per test run, so that runs never join each other). Backups of the data grid
     * (the replicated sessions) are kept on the other nodes although they share one address.
     */
    public PayaraMicroServer withCluster(String name, int ownPort, int... memberPorts) {
        this.clusterName = name;
        this.clusterPort = ownPort;
        this.clusterPorts = memberPorts.clone();
        return this;
    }

    /** Logs as {@code deploy/payara-micro/logging.properties} sets it: one JSON record per line. */
    public PayaraMicroServer withJsonLog() {
        this.jsonLog = true;
        return this;
    }

    /** Kills the server as {@code kill -9} does (no shutdown of any kind) and leaves it down. */
    public void kill() throws InterruptedException {
        long pid = process.pid();
        process.destroyForcibly().waitFor();
        if (process.exitValue() != 137) {
            throw new IllegalStateException("Payara Micro (pid " + pid + ") ended with " + process.exitValue() + ", not by SIGKILL");
        }
    }

    /** The server's output of its latest start. */
    public Path log() {
        return log;
    }

    public boolean onPostgres() {
        return postgresSchema != null;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Files.createDirectories(work);
        dataDirectory = Files.createTempDirectory(work, "data-");
        if (postgresSchema != null && !joinsSchema) {
            TestPostgres.freshSchema(postgresSchema);
        }
        if (seed != null) {
            seed.into(postgresSchema == null ? org.sala.persistence.DatabaseSettings.h2File(dataDirectory)
                    : new org.sala.persistence.DatabaseSettings(TestPostgres.url() + "?currentSchema=" + postgresSchema, TestPostgres.user(),
                    TestPostgres.password()));
        }
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

    /** The HTTP port, once the server has started. */
    public int port() {
        return port;
    }

    /** Stops the server gracefully and starts it again on the same port and database. */
    public void restart() throws Exception {
        stop();
        start();
    }

    /** Kills the server as {@code kill -9} does (no shutdown of any kind), then starts it again. */
    public void killAndStart() throws Exception {
        kill();
        start();
    }

    private void start() throws Exception {
        if (port == 0) {
            port = freePort();
        }
        log = work.resolve("payara-" + STARTS.incrementAndGet() + ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        var command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx512m", "-Dsala.data.dir=" + dataDirectory,
                "-jar", payara.toString()));
        if (persistentRootDir) {
            if (rootDir == null) {
                rootDir = Files.createTempDirectory(work, "rootdir-");
                var warmup = new java.util.ArrayList<>(command);
                warmup.addAll(List.of("--rootdir", rootDir.toString(), "--deploy", war.toString(), "--contextroot", "/",
                        "--nocluster", "--warmup"));
                Path warmupLog = work.resolve(log.getFileName().toString().replace(".log", "-warmup.log"));
                var prepare = configured(new ProcessBuilder(warmup)).redirectErrorStream(true).redirectOutput(warmupLog.toFile());
                Process preparing = prepare.start();
                if (!preparing.waitFor(STARTUP_LIMIT.toSeconds(), TimeUnit.SECONDS) || preparing.exitValue() != 0) {
                    preparing.destroyForcibly();
                    throw new IllegalStateException("deploying into the runtime directory with --warmup failed; see " + warmupLog);
                }
            }
            command.addAll(List.of("--rootdir", rootDir.toString()));
        } else {
            command.addAll(List.of("--deploy", war.toString(), "--contextroot", "/"));
        }
        command.addAll(List.of("--port", String.valueOf(port), "--prebootcommandfile", HTTP_SETTINGS.toAbsolutePath().toString()));
        if (jsonLog) {
            command.addAll(List.of("--logproperties", Path.of("../../deploy/payara-micro/logging.properties").toAbsolutePath().toString()));
        }
        if (clusterName == null) {
            // One node as the run profile and the container image start it: no cluster, sessions in memory.
            command.addAll(List.of("--nocluster", "--prebootcommandfile", SINGLE_NODE.toAbsolutePath().toString()));
        } else {
            String members = Arrays.stream(clusterPorts).mapToObj(member -> "127.0.0.1:" + member)
                    .collect(Collectors.joining(","));
            command.addAll(List.of("--clustermode", "tcpip:" + members, "--clustername", clusterName, "--startport", String.valueOf(clusterPort),
                    "--interfaces", "127.0.0.1", "--nohostaware", "--name", "node-" + clusterPort));
        }
        if (serverDataSource) {
            command.addAll(List.of("--postbootcommandfile", TestPostgres.asadminDataSource(work, postgresSchema, databasePort == 0 ? TestPostgres.port() : databasePort).toString(), "--addlibs", postgresDriver().toString()));
        }
        var builder = configured(new ProcessBuilder(command)).redirectErrorStream(true).redirectOutput(log.toFile());
        process = builder.start();
        awaitReady();
    }

    private static Path postgresDriver() throws java.net.URISyntaxException {
        return Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The runtime directory of {@link #withPersistentRootDir()}, once the server has started. */
    public Path rootDir() {
        return rootDir;
    }

    private ProcessBuilder configured(ProcessBuilder builder) {
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SALA_"));
        environment.put("SALA_ADMIN_USER", ADMIN);
        environment.put("SALA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        if (packsDirectory != null) {
            environment.put("SALA_PACKS_DIR", packsDirectory.toString());
        }
        if (postgresSchema != null && serverDataSource) {
            environment.put("SALA_DATASOURCE", "jdbc/sala");
        } else if (postgresSchema != null) {
            String url = databasePort == 0 ? TestPostgres.url() : TestPostgres.url().replaceFirst(":\\d+/", ":" + databasePort + "/");
            environment.put("SALA_DB_URL", url + "?currentSchema=" + postgresSchema);
            environment.put("SALA_DB_USER", TestPostgres.user());
        }
        environment.putAll(extraEnvironment);
        return builder;
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

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set; run the integration tests with mvn verify");
        }
        return value;
    }
}
