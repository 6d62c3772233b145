package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The deployment files (deploy/container: Dockerfile and compose.yaml; deploy/kubernetes) against what the
 * application really reads and serves: every {@code SALA_*} variable they set is one the sources read, every
 * health check, probe and scrape path is one a servlet is mapped to, on the port the server listens on; the
 * Services, the disruption budget and the network policy select the Deployment's pods and reach ports the pods
 * declare; the cluster flags find the pods through a headless Service on the data grid port; every secret the
 * pods read is defined; the server runs as a numeric user that is not root; Compose starts Sala only once its
 * database is healthy. The files are read, not run: no image is built and no container started.
 */
class DeploymentFilesTest {

    private static final Path ROOT = repositoryRoot();
    private static final Path DOCKERFILE = ROOT.resolve("deploy/container/Dockerfile");
    private static final Path COMPOSE = ROOT.resolve("deploy/container/compose.yaml");
    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");

    /** The servlets that answer health checks, probes and Prometheus. */
    private static final List<String> SERVLETS = List.of("org.sala.web.HealthServlet", "org.sala.web.MetricsServlet");
    private static final Pattern SALA_VARIABLE = Pattern.compile("\\bSALA_[A-Z0-9_]*[A-Z0-9]");

    private static List<Instruction> dockerfile;
    private static List<Manifest> manifests;
    private static Map<String, Object> compose;

    /** A Kubernetes object and the file it is written in. */
    private record Manifest(Path file, Map<String, Object> body) {

        String kind() {
            return string(body, "kind");
        }

        String name() {
            return string(body, "metadata", "name");
        }

        @Override
        public String toString() {
            return ROOT.relativize(file) + ": " + kind() + " " + name();
        }
    }

    /** One Dockerfile instruction, its continuation lines joined. */
    private record Instruction(String keyword, String arguments) {
    }

    @BeforeAll
    static void readFiles() throws IOException {
        dockerfile = finalStage(DOCKERFILE);
        compose = documents(COMPOSE).getFirst();
        manifests = new ArrayList<>();
        for (Path file : yamlFiles(KUBERNETES)) {
            documents(file).forEach(body -> manifests.add(new Manifest(file, body)));
        }
    }

    @Test
    void everyYamlFileParses() throws IOException {
        List<Path> files = Stream.concat(yamlFiles(ROOT.resolve("deploy/container")).stream(), yamlFiles(KUBERNETES).stream()).toList();
        assertThat(files).as("the YAML files under deploy/container and deploy/kubernetes").contains(COMPOSE)
                .anySatisfy(file -> assertThat(file).startsWith(KUBERNETES));
        for (Path file : files) {
            assertThat(documents(file)).as("%s holds no document", ROOT.relativize(file)).isNotEmpty();
        }
    }

    @Test
    void everySalaVariableTheFilesNameIsOneTheApplicationReads() throws IOException {
        Set<String> read = variablesTheApplicationReads();
        assertThat(read).as("the variables read in modules/*/src/main/java, DatabaseSettings' sala.* names included")
                .contains("SALA_DB_URL", "SALA_DB_PASSWORD", "SALA_DATA_DIR", "SALA_ADMIN_PASSWORD", "SALA_PUBLIC_URL");
        List<Path> files = new ArrayList<>(List.of(DOCKERFILE, COMPOSE));
        files.addAll(yamlFiles(KUBERNETES));
        List<String> named = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Path file : files) {
            Matcher variable = SALA_VARIABLE.matcher(Files.readString(file));
            while (variable.find()) {
                named.add(variable.group());
                if (!read.contains(variable.group())) {
                    unknown.add(ROOT.relativize(file) + ": " + variable.group());
                }
            }
        }
        assertThat(named).as("SALA_* variables in the deployment files").isNotEmpty();
        assertThat(unknown).as("variables the application never reads (it reads %s)", read).isEmpty();
    }

    @Test
    void theImageRunsAsANumericUserThatIsNotRoot() {
        String user = instruction("USER").arguments();
        assertThat(user).as("deploy/container/Dockerfile: USER %s must be numeric (uid or uid:gid), so that runAsNonRoot can check it", user)
                .matches("\\d+(:\\d+)?");
        for (String id : user.split(":")) {
            assertThat(Integer.parseInt(id)).as("deploy/container/Dockerfile: USER %s runs as root", user).isNotZero();
        }
    }

    @Test
    void theImageListensAndChecksItsHealthOnTheServersPort() {
        int port = serverPort();
        assertThat(instruction("EXPOSE").arguments().split("\\s+"))
                .as("deploy/container/Dockerfile: EXPOSE lacks the --port %d of the entrypoint", port)
                .contains(String.valueOf(port));
        String check = instruction("HEALTHCHECK").arguments();
        Matcher url = Pattern.compile("https?://[^/\\s:\"']+:(\\d+)(/[^\\s\"']*)").matcher(check);
        Matcher request = Pattern.compile("GET (/\\S*) HTTP/").matcher(check);
        Matcher socket = Pattern.compile("/dev/tcp/[^/\\s]+/(\\d+)").matcher(check);
        String path;
        int checkedPort;
        if (url.find()) {
            path = url.group(2);
            checkedPort = Integer.parseInt(url.group(1));
        } else if (request.find() && socket.find()) {
            path = request.group(1);
            checkedPort = Integer.parseInt(socket.group(1));
        } else {
            throw new AssertionError("deploy/container/Dockerfile: HEALTHCHECK names no URL this test can read: " + check);
        }
        assertThat(servedPaths()).as("deploy/container/Dockerfile: HEALTHCHECK asks %s, which no servlet serves", path).contains(path);
        assertThat(checkedPort).as("deploy/container/Dockerfile: HEALTHCHECK asks port %d, the server listens on --port %d", checkedPort, port)
                .isEqualTo(port);
    }

    @Test
    void everyProbeAsksAServedPathOnTheServersPort() {
        Manifest deployment = deployment();
        int port = serverPort();
        List<Map<String, Object>> declared = containerPorts(deployment);
        assertThat(declared).as("%s declares no containerPort %d (the Dockerfile's --port)", deployment, port)
                .anySatisfy(declaration -> assertThat(declaration.get("containerPort")).isEqualTo(port));
        for (Map<String, Object> container : list(deployment.body(), "spec", "template", "spec", "containers")) {
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                Map<String, Object> request = map(container, probe, "httpGet");
                String where = deployment + ", container " + container.get("name") + ", " + probe;
                assertThat(request).as("%s: no httpGet probe", where).isNotEmpty();
                assertThat(servedPaths()).as("%s asks %s, which no servlet serves", where, request.get("path")).contains(string(request, "path"));
                assertThat(resolve(request.get("port"), declared)).as("%s asks port %s, the server listens on %d", where, request.get("port"), port)
                        .isEqualTo(port);
            }
        }
        Map<String, Object> annotations = map(deployment.body(), "spec", "template", "metadata", "annotations");
        assertThat(annotations.get("prometheus.io/scrape")).as("%s: prometheus.io/scrape", deployment).isEqualTo("true");
        assertThat(servedPaths()).as("%s: Prometheus scrapes %s, which no servlet serves", deployment, annotations.get("prometheus.io/path"))
                .contains(string(annotations, "prometheus.io/path"));
        assertThat(annotations.get("prometheus.io/port")).as("%s: Prometheus scrapes port %s, the server listens on %d", deployment,
                annotations.get("prometheus.io/port"), port).isEqualTo(String.valueOf(port));
    }

    @Test
    void everyServiceReachesAPortThePodsDeclareAndTheWebServiceTheServersPort() {
        Manifest deployment = deployment();
        List<Map<String, Object>> declared = containerPorts(deployment);
        List<Manifest> services = manifests("Service");
        assertThat(services).as("Services in deploy/kubernetes").isNotEmpty();
        for (Manifest service : services) {
            for (Map<String, Object> port : list(service.body(), "spec", "ports")) {
                Object target = port.getOrDefault("targetPort", port.get("port"));
                Integer resolved = resolve(target, declared);
                assertThat(resolved).as("%s: targetPort %s is not among the ports of %s", service, target, deployment).isNotNull();
                assertThat(declared).as("%s: targetPort %s is not among the ports of %s", service, target, deployment)
                        .anySatisfy(declaration -> assertThat(declaration.get("containerPort")).isEqualTo(resolved));
                if (!headless(service)) {
                    assertThat(resolved).as("%s: targetPort %s, the server listens on %d", service, target, serverPort()).isEqualTo(serverPort());
                }
            }
        }
        assertThat(services).as("a Service that is not headless, for HTTP").anySatisfy(service -> assertThat(headless(service)).isFalse());
        for (Manifest policy : manifests("NetworkPolicy")) {
            for (Map<String, Object> rule : list(policy.body(), "spec", "ingress")) {
                for (Map<String, Object> port : list(rule, "ports")) {
                    assertThat(resolve(port.get("port"), declared))
                            .as("%s: port %s is not among the ports of %s", policy, port.get("port"), deployment).isNotNull();
                }
            }
        }
    }

    @Test
    void theDeploymentTheServicesTheBudgetAndThePolicySelectTheSamePods() {
        Manifest deployment = deployment();
        Map<String, Object> labels = map(deployment.body(), "spec", "template", "metadata", "labels");
        Map<String, Map<String, Object>> selectors = new LinkedHashMap<>();
        selectors.put(deployment.toString(), map(deployment.body(), "spec", "selector", "matchLabels"));
        manifests("Service").forEach(service -> selectors.put(service.toString(), map(service.body(), "spec", "selector")));
        manifests("PodDisruptionBudget").forEach(budget -> selectors.put(budget.toString(), map(budget.body(), "spec", "selector", "matchLabels")));
        manifests("NetworkPolicy").forEach(policy -> selectors.put(policy.toString(), map(policy.body(), "spec", "podSelector", "matchLabels")));
        assertThat(manifests("PodDisruptionBudget")).as("a PodDisruptionBudget in deploy/kubernetes").isNotEmpty();
        selectors.forEach((owner, selector) -> {
            assertThat(selector).as("%s selects no labels", owner).isNotEmpty();
            assertThat(labels).as("%s selects %s, but the pods of %s carry %s", owner, selector, deployment, labels).containsAllEntriesOf(selector);
        });
    }

    @Test
    void theClusterFlagsFindThePodsThroughAHeadlessServiceOnTheDataGridPort() {
        Manifest deployment = deployment();
        String flags = environment(deployment).get("PAYARA_CLUSTER_OPTS");
        assertThat(flags).as("%s: PAYARA_CLUSTER_OPTS, the cluster flags the image's entrypoint passes on", deployment).isNotBlank();
        assertThat(flags).as("%s: PAYARA_CLUSTER_OPTS names no --clustername", deployment).containsPattern("--clustername\\s+\\S+");
        Matcher startPort = Pattern.compile("--startport\\s+(\\d+)").matcher(flags);
        assertThat(startPort.find()).as("%s: PAYARA_CLUSTER_OPTS does not pin the data grid port with --startport: %s", deployment, flags).isTrue();
        int gridPort = Integer.parseInt(startPort.group(1));
        assertThat(containerPorts(deployment)).as("%s declares no containerPort %d, the data grid port of --startport", deployment, gridPort)
                .anySatisfy(declaration -> assertThat(declaration.get("containerPort")).isEqualTo(gridPort));

        Matcher mode = Pattern.compile("--clustermode\\s+(\\S+)").matcher(flags);
        assertThat(mode.find()).as("%s: PAYARA_CLUSTER_OPTS names no --clustermode: %s", deployment, flags).isTrue();
        Map<String, Integer> members = new LinkedHashMap<>();
        if (mode.group(1).startsWith("dns:")) {
            for (String member : mode.group(1).substring("dns:".length()).split(",")) {
                String[] hostAndPort = member.split(":");
                assertThat(hostAndPort).as("%s: DNS member %s is not host:port", deployment, member).hasSize(2);
                members.put(hostAndPort[0].split("\\.")[0], Integer.parseInt(hostAndPort[1]));
            }
        } else if (mode.group(1).startsWith("kubernetes:")) {
            String[] namespaceAndService = mode.group(1).substring("kubernetes:".length()).split(",");
            assertThat(namespaceAndService).as("%s: %s is not kubernetes:namespace,service", deployment, mode.group(1)).hasSize(2);
            members.put(namespaceAndService[1], gridPort);
        } else {
            fail("%s: cluster mode %s is neither dns: nor kubernetes:, the modes that find a Deployment's pods", deployment, mode.group(1));
        }
        members.forEach((name, port) -> {
            Manifest service = manifests("Service").stream().filter(candidate -> name.equals(candidate.name())).findFirst()
                    .orElseThrow(() -> new AssertionError(deployment + ": the cluster flags name the Service " + name
                            + ", which deploy/kubernetes does not define"));
            assertThat(headless(service)).as("%s: the pods find each other through it, so its clusterIP must be None", service).isTrue();
            assertThat(map(service.body(), "spec").get("publishNotReadyAddresses"))
                    .as("%s: publishNotReadyAddresses must be true, or pods starting together see no member and form clusters of one", service)
                    .isEqualTo(true);
            assertThat(port).as("%s: the cluster flags ask port %d, --startport pins %d", deployment, port, gridPort).isEqualTo(gridPort);
            assertThat(list(service.body(), "spec", "ports")).as("%s does not expose the data grid port %d", service, port)
                    .anySatisfy(exposed -> {
                        assertThat(exposed.get("port")).isEqualTo(port);
                        assertThat(resolve(exposed.getOrDefault("targetPort", exposed.get("port")), containerPorts(deployment))).isEqualTo(gridPort);
                    });
        });
    }

    @Test
    void everySecretThePodsReadIsDefinedAndNoPasswordIsWrittenIntoTheDeployment() {
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        for (Manifest secret : manifests("Secret")) {
            Set<String> keys = new TreeSet<>(map(secret.body(), "data").keySet());
            keys.addAll(map(secret.body(), "stringData").keySet());
            secrets.put(secret.name(), keys);
        }
        Manifest deployment = deployment();
        List<String> references = new ArrayList<>();
        for (Map<String, Object> container : list(deployment.body(), "spec", "template", "spec", "containers")) {
            for (Map<String, Object> variable : list(container, "env")) {
                Map<String, Object> reference = map(variable, "valueFrom", "secretKeyRef");
                String name = string(variable, "name");
                if (name.endsWith("PASSWORD")) {
                    assertThat(reference).as("%s: %s is written into the file; read it from a Secret", deployment, name).isNotEmpty();
                }
                if (!reference.isEmpty()) {
                    String secret = string(reference, "name");
                    String key = string(reference, "key");
                    references.add(name);
                    assertThat(secrets).as("%s: %s reads the Secret %s, which deploy/kubernetes does not define", deployment, name, secret)
                            .containsKey(secret);
                    assertThat(secrets.get(secret)).as("%s: %s reads key %s of the Secret %s, which defines %s", deployment, name, key, secret,
                            secrets.get(secret)).contains(key);
                }
            }
            for (Map<String, Object> source : list(container, "envFrom")) {
                String secret = string(source, "secretRef", "name");
                if (secret != null) {
                    assertThat(secrets).as("%s: envFrom reads the Secret %s, which deploy/kubernetes does not define", deployment, secret)
                            .containsKey(secret);
                }
            }
        }
        assertThat(references).as("%s: variables read from a Secret", deployment).contains("SALA_DB_PASSWORD", "SALA_ADMIN_PASSWORD");
    }

    @Test
    void thePodsRunAsNonRootAndAsTheImagesUser() {
        Manifest deployment = deployment();
        String imageUser = instruction("USER").arguments().split(":")[0];
        Map<String, Object> pod = map(deployment.body(), "spec", "template", "spec", "securityContext");
        for (Map<String, Object> container : list(deployment.body(), "spec", "template", "spec", "containers")) {
            Map<String, Object> context = map(container, "securityContext");
            String where = deployment + ", container " + container.get("name");
            Object nonRoot = context.getOrDefault("runAsNonRoot", pod.get("runAsNonRoot"));
            assertThat(nonRoot).as("%s: runAsNonRoot is %s", where, nonRoot).isEqualTo(true);
            Object user = context.getOrDefault("runAsUser", pod.get("runAsUser"));
            if (user != null) {
                assertThat(String.valueOf(user)).as("%s: runAsUser %s, the image's USER is %s", where, user, imageUser).isEqualTo(imageUser);
            }
            assertThat(context.get("allowPrivilegeEscalation")).as("%s: allowPrivilegeEscalation", where).isEqualTo(false);
        }
    }

    @Test
    void composeStartsSalaOnlyOnceItsDatabaseIsHealthyAndPublishesTheServersPort() {
        Map<String, Object> services = map(compose, "services");
        List<String> salaServices = services.keySet().stream().filter(name -> environment(map(services, name)).containsKey("SALA_DB_URL")).toList();
        assertThat(salaServices).as("deploy/container/compose.yaml: a service with SALA_DB_URL").isNotEmpty();
        for (String sala : salaServices) {
            Map<String, Object> service = map(services, sala);
            String url = environment(service).get("SALA_DB_URL");
            Matcher host = Pattern.compile("^jdbc:postgresql://([^:/]+)").matcher(url);
            assertThat(host.find()).as("deploy/container/compose.yaml: service %s: SALA_DB_URL %s is no PostgreSQL URL", sala, url).isTrue();
            String database = host.group(1);
            assertThat(services).as("deploy/container/compose.yaml: service %s connects to %s, which is no service of the file", sala, database)
                    .containsKey(database);
            assertThat(string(map(services, database), "healthcheck", "test"))
                    .as("deploy/container/compose.yaml: service %s has no pg_isready health check", database).contains("pg_isready");
            Object dependencies = service.get("depends_on");
            assertThat(dependencies)
                    .as("deploy/container/compose.yaml: service %s: depends_on must be a map with conditions, not %s", sala, dependencies)
                    .isInstanceOf(Map.class);
            assertThat(string(dependencies, database, "condition"))
                    .as("deploy/container/compose.yaml: service %s starts before %s is healthy", sala, database).isEqualTo("service_healthy");
            List<?> ports = service.get("ports") instanceof List<?> published ? published : List.of();
            assertThat(ports).as("deploy/container/compose.yaml: service %s publishes no port", sala).isNotEmpty();
            for (Object port : ports) {
                // "8080:8080", "127.0.0.1:8080:8080/tcp" or the long form with target:
                String target = port instanceof Map<?, ?> mapping ? String.valueOf(mapping.get("target"))
                        : String.valueOf(port).replaceFirst("/\\w+$", "");
                String containerPort = target.substring(target.lastIndexOf(':') + 1);
                assertThat(containerPort)
                        .as("deploy/container/compose.yaml: service %s publishes %s, the server listens on %d", sala, port, serverPort())
                        .isEqualTo(String.valueOf(serverPort()));
            }
        }
    }

    // --- what the application reads and serves

    /**
     * The {@code SALA_*} names the sources read: string literals, and the {@code sala.*} names of
     * {@code DatabaseSettings}, whose {@code setting} reads {@code sala.db.url} from the environment as
     * {@code SALA_DB_URL} (upper case, dots to underscores).
     */
    private static Set<String> variablesTheApplicationReads() throws IOException {
        Pattern literal = Pattern.compile("\"(SALA_[A-Z0-9_]+)\"");
        Pattern property = Pattern.compile("\"(sala(?:\\.[a-z]+)+)\"");
        Set<String> names = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> modules = Files.list(ROOT.resolve("modules"))) {
            sources = modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).toList();
        }
        for (Path directory : sources) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(directory)) {
                files = walk.filter(file -> file.toString().endsWith(".java")).toList();
            }
            for (Path file : files) {
                String text = Files.readString(file);
                literal.matcher(text).results().forEach(match -> names.add(match.group(1)));
                if (file.getFileName().toString().equals("DatabaseSettings.java")) {
                    property.matcher(text).results().forEach(match -> names.add(match.group(1).toUpperCase(Locale.ROOT).replace('.', '_')));
                }
            }
        }
        return names;
    }

    /** The URL patterns of the health and metrics servlets, read from their {@code @WebServlet}. */
    private static Set<String> servedPaths() {
        Set<String> paths = new TreeSet<>();
        for (String name : SERVLETS) {
            try {
                WebServlet mapping = Class.forName(name, false, DeploymentFilesTest.class.getClassLoader()).getAnnotation(WebServlet.class);
                assertThat(mapping).as("%s has no @WebServlet", name).isNotNull();
                paths.addAll(List.of(mapping.urlPatterns()));
                paths.addAll(List.of(mapping.value()));
            } catch (ClassNotFoundException e) {
                fail("%s does not exist; the deployment files' probes and scrape configuration expect it", name);
            }
        }
        return paths;
    }

    /** The port the image's entrypoint starts Payara Micro on ({@code --port}). */
    private static int serverPort() {
        String entrypoint = instruction("ENTRYPOINT").arguments();
        Matcher port = Pattern.compile("--port\\s+(\\d+)").matcher(entrypoint);
        assertThat(port.find()).as("deploy/container/Dockerfile: ENTRYPOINT passes no --port: %s", entrypoint).isTrue();
        return Integer.parseInt(port.group(1));
    }

    // --- reading the files

    private static Path repositoryRoot() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isDirectory(directory.resolve("deploy")) && Files.isDirectory(directory.resolve("modules"))) {
                return directory;
            }
        }
        throw new IllegalStateException("no directory with deploy/ and modules/ above " + Path.of("").toAbsolutePath());
    }

    private static List<Path> yamlFiles(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml")).sorted().toList();
        }
    }

    /** Every document of a YAML file, as kubectl and Compose read it; duplicate keys are refused, as kubectl does. */
    private static List<Map<String, Object>> documents(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml(options).loadAll(reader)) {
                if (document == null) {
                    continue;
                }
                assertThat(document).as("%s: a document that is not a mapping: %s", ROOT.relativize(file), document).isInstanceOf(Map.class);
                documents.add(map(document));
            }
        } catch (YAMLException e) {
            throw new AssertionError(ROOT.relativize(file) + " is not valid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    /** The instructions of the Dockerfile's last stage, the image that runs. */
    private static List<Instruction> finalStage(Path file) throws IOException {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            String text = line.strip();
            if (text.startsWith("#") || text.isEmpty()) {
                continue;
            }
            if (text.endsWith("\\")) {
                current.append(text, 0, text.length() - 1).append(' ');
                continue;
            }
            current.append(text);
            String[] keywordAndArguments = current.toString().split("\\s+", 2);
            current.setLength(0);
            String keyword = keywordAndArguments[0].toUpperCase(Locale.ROOT);
            if (keyword.equals("FROM")) {
                instructions.clear();
            }
            instructions.add(new Instruction(keyword, keywordAndArguments.length > 1 ? keywordAndArguments[1].strip() : ""));
        }
        return instructions;
    }

    /** The last instruction with this keyword in the final stage, the one that takes effect. */
    private static Instruction instruction(String keyword) {
        return dockerfile.stream().filter(instruction -> instruction.keyword().equals(keyword)).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("deploy/container/Dockerfile: the final stage has no " + keyword));
    }

    private static List<Manifest> manifests(String kind) {
        return manifests.stream().filter(manifest -> kind.equals(manifest.kind())).toList();
    }

    private static Manifest deployment() {
        List<Manifest> deployments = manifests("Deployment");
        assertThat(deployments).as("Deployments in deploy/kubernetes").hasSize(1);
        return deployments.getFirst();
    }

    private static boolean headless(Manifest service) {
        return "None".equals(string(service.body(), "spec", "clusterIP"));
    }

    private static List<Map<String, Object>> containerPorts(Manifest deployment) {
        return list(deployment.body(), "spec", "template", "spec", "containers").stream()
                .flatMap(container -> list(container, "ports").stream()).toList();
    }

    /** A port as a probe or a Service names it, a number or the name of a declared port; null for an unknown name. */
    private static Integer resolve(Object port, List<Map<String, Object>> declared) {
        if (port instanceof Integer number) {
            return number;
        }
        return declared.stream().filter(declaration -> String.valueOf(port).equals(declaration.get("name")))
                .map(declaration -> (Integer) declaration.get("containerPort")).findFirst().orElse(null);
    }

    /** The variables a Deployment's containers set with a value (Kubernetes) or a service's (Compose, map or list form). */
    private static Map<String, String> environment(Manifest deployment) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (Map<String, Object> container : list(deployment.body(), "spec", "template", "spec", "containers")) {
            for (Map<String, Object> variable : list(container, "env")) {
                if (variable.get("value") != null) {
                    variables.put(string(variable, "name"), string(variable, "value"));
                }
            }
        }
        return variables;
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> variables = new LinkedHashMap<>();
        Object environment = service.get("environment");
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((name, value) -> variables.put(String.valueOf(name), value == null ? null : String.valueOf(value)));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String[] nameAndValue = String.valueOf(entry).split("=", 2);
                variables.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : null);
            }
        }
        return variables;
    }

    // --- walking parsed YAML

    private static Object get(Object node, String... path) {
        Object value = node;
        for (String key : path) {
            value = value instanceof Map<?, ?> entries ? entries.get(key) : null;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, String... path) {
        return get(node, path) instanceof Map<?, ?> entries ? (Map<String, Object>) entries : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object node, String... path) {
        return get(node, path) instanceof List<?> items
                ? items.stream().filter(Map.class::isInstance).map(item -> (Map<String, Object>) item).toList()
                : List.of();
    }

    private static String string(Object node, String... path) {
        Object value = get(node, path);
        return value == null ? null : String.valueOf(value);
    }
}
