package org.sala.web;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * nginx (Debian's package) in front of the nodes of a cluster, as an operator runs it: one upstream of all
 * nodes, requests of a session kept on one node by its session cookie, and a request that cannot reach a
 * node (refused, timed out) sent to the next. Its configuration, logs and temporary files live in a folder of
 * the test's own; it runs in the foreground and is stopped with {@link #close()}. Without nginx the test is
 * skipped, unless {@code CI=true}, where it fails.
 */
final class Nginx implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final int port;
    private final Path prefix;

    private Nginx(Process process, int port, Path prefix) {
        this.process = process;
        this.port = port;
        this.prefix = prefix;
    }

    /** Starts nginx on a free port of loopback, balancing over the nodes listening on these ports. */
    static Nginx balancing(Path work, int... nodePorts) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            String problem = "no nginx at " + BINARY + "; install it with: apt-get install nginx";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(problem);
            }
            Assumptions.abort(problem);
        }
        Path prefix = Files.createTempDirectory(work, "nginx-");
        Files.createDirectories(prefix.resolve("temp"));
        int port = PayaraMicroServer.freePort();
        String servers = Arrays.stream(nodePorts).mapToObj(node -> "    server 127.0.0.1:" + node + " max_fails=1 fail_timeout=30s;")
                .collect(Collectors.joining("\n"));
        Files.writeString(prefix.resolve("nginx.conf"), """
                worker_processes 1;
                error_log %1$s/error.log warn;
                pid %1$s/nginx.pid;
                events { worker_connections 256; }
                http {
                  log_format upstream '$request_method $request_uri $status $upstream_addr';
                  access_log %1$s/access.log upstream;
                  client_body_temp_path %1$s/temp/body;
                  proxy_temp_path %1$s/temp/proxy;
                  fastcgi_temp_path %1$s/temp/fastcgi;
                  uwsgi_temp_path %1$s/temp/uwsgi;
                  scgi_temp_path %1$s/temp/scgi;
                  upstream sala {
                    hash $cookie_JSESSIONID consistent;
                %2$s
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    client_max_body_size 17m;
                    location / {
                      proxy_pass http://sala;
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      proxy_connect_timeout 2s;
                      proxy_next_upstream error timeout;
                    }
                  }
                }
                """.formatted(prefix, servers, port));
        Process process = new ProcessBuilder(List.of(BINARY.toString(), "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString(),
                "-g", "daemon off;")).redirectErrorStream(true).redirectOutput(prefix.resolve("output.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + "; see " + prefix.resolve("output.log"));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new Nginx(process, port, prefix);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("nginx did not listen on " + port + "; see " + prefix);
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** How many requests nginx has logged so far. */
    int requests() throws IOException {
        return Files.readAllLines(prefix.resolve("access.log")).size();
    }

    /**
     * The port of the node that served the latest request (the last one nginx tried for it), once nginx has
     * logged more than {@code before} requests: it writes a request's line just after the response, so a
     * test that has its answer may be a moment ahead of the log.
     */
    int nodeOfLatest(int before) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<String> lines = Files.readAllLines(prefix.resolve("access.log"));
        while (lines.size() <= before && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            lines = Files.readAllLines(prefix.resolve("access.log"));
        }
        if (lines.size() <= before) {
            throw new IllegalStateException("nginx logged no request after the first " + before + "; see " + prefix);
        }
        String upstream = lines.getLast().substring(lines.getLast().lastIndexOf(' ') + 1);
        String last = upstream.substring(upstream.lastIndexOf(',') + 1).strip();
        return Integer.parseInt(last.substring(last.lastIndexOf(':') + 1));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
