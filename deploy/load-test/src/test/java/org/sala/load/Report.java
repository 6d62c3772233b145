package org.sala.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns one benchmark run (the statistics tables of Gatling's HTML reports of both simulations, the server's memory samples, the
 * cold start) into a section of REPORT.md, and puts the sections together. Called by run.sh:
 * <pre>
 *   Report section --database NAME --capacity DIR --learners DIR --samples CSV --cold-start SECONDS --out FILE
 *                  --clients N --seconds N --learner-count N --ramp N --think-min N --think-max N --save-target N
 *   Report combine --out REPORT.md --machine TEXT SECTION...    (then LIMITS.md, the analysis, if present)
 * </pre>
 */
public final class Report {

    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    private Report() {
    }

    /** One request type's figures: count, failures (KO), response times in ms. */
    record Figures(String name, long total, long errors, double mean, double p50, double p95, double p99, double max) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        var rest = new ArrayList<String>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        switch (args[0]) {
            case "section" -> Files.writeString(Path.of(options.get("out")), section(options), StandardCharsets.UTF_8);
            case "combine" -> Files.writeString(Path.of(options.get("out")), combine(options.get("machine"), rest), StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("section or combine, not " + args[0]);
        }
    }

    /** Reads the statistics table of Gatling's HTML report ({@code index.html}): one row per request name. */
    static Map<String, Figures> figures(Path gatlingRun) throws IOException {
        String html = Files.readString(gatlingRun.resolve("index.html"), StandardCharsets.UTF_8);
        var figures = new HashMap<String, Figures>();
        String[] rows = html.split("<tr id=\"req_");
        for (int i = 1; i < rows.length; i++) {
            String row = rows[i].substring(0, rows[i].indexOf("</tr>"));
            Matcher name = NAME.matcher(row);
            if (!name.find()) {
                continue;
            }
            var values = new HashMap<Integer, Double>();
            Matcher cell = CELL.matcher(row);
            while (cell.find()) {
                String value = cell.group(2).replace(",", "").strip();
                values.put(Integer.parseInt(cell.group(1)), value.isEmpty() || value.equals("-") ? 0 : Double.parseDouble(value));
            }
            String request = name.group(1).replace("&amp;", "&").replace("&#39;", "'");
            figures.put(request, new Figures(request, values.getOrDefault(2, 0.0).longValue(), values.getOrDefault(4, 0.0).longValue(),
                    values.getOrDefault(13, 0.0), values.getOrDefault(8, 0.0), values.getOrDefault(10, 0.0),
                    values.getOrDefault(11, 0.0), values.getOrDefault(12, 0.0)));
        }
        if (figures.isEmpty()) {
            throw new IOException("no request statistics in " + gatlingRun.resolve("index.html"));
        }
        return figures;
    }

    private static String section(Map<String, String> options) throws IOException {
        String database = options.get("database");
        int seconds = Integer.parseInt(options.get("seconds"));
        int clients = Integer.parseInt(options.get("clients"));
        int learners = Integer.parseInt(options.get("learner-count"));
        int ramp = Integer.parseInt(options.get("ramp"));
        double thinkMean = (Integer.parseInt(options.get("think-min")) + Integer.parseInt(options.get("think-max"))) / 2.0;
        int saveTarget = Integer.parseInt(options.get("save-target"));
        double coldStart = Double.parseDouble(options.get("cold-start"));
        Map<String, Figures> capacity = figures(Path.of(options.get("capacity")));
        Map<String, Figures> journey = figures(Path.of(options.get("learners")));
        List<double[]> samples = samples(Path.of(options.get("samples")));

        Figures plain = capacity.get("plain servlet");
        Figures quizPage = capacity.get("quiz page");
        Figures saves = capacity.get("save answer, no think time");
        double plainRate = plain.total() / (double) seconds;
        double pageRate = quizPage.total() / (double) seconds;
        double saveRate = saves.total() / (double) seconds;
        Figures learnerSaves = journey.get("save answer");
        long journeyErrors = journey.values().stream().mapToLong(Figures::errors).sum();
        long capacityErrors = capacity.values().stream().mapToLong(Figures::errors).sum();
        double sessionSeconds = 20 * (thinkMean + learnerSaves.mean() / 1000.0);
        double arrivals = learners / (double) ramp;
        double concurrent = Math.min(learners, arrivals * sessionSeconds);
        double offeredSaves = concurrent / (thinkMean + learnerSaves.mean() / 1000.0);

        var out = new StringBuilder();
        out.append("## ").append(database).append("\n\n");
        out.append("### Targets\n\n| target | measured | met? |\n|---|---|---|\n");
        row(out, "cold start to the first page <= 8 s", format("%.1f s", coldStart), coldStart <= 8, "");
        row(out, "answer saves >= " + saveTarget + " per second", format("%.0f saves/s (%d clients, no think time)", saveRate, clients),
                saveRate >= saveTarget, format("%.0f%% of the target", 100 * saveRate / saveTarget));
        row(out, "p99 of an answer save < 100 ms (learners with think time)", format("%.0f ms", learnerSaves.p99()), learnerSaves.p99() < 100,
                format("%.1f times the target", learnerSaves.p99() / 100));
        row(out, "quiz page >= 15% of the plain servlet's throughput", format("%.0f pages/s = %.1f%% of %.0f/s", pageRate, 100 * pageRate / plainRate, plainRate),
                pageRate >= 0.15 * plainRate, "");
        row(out, "zero errors", format("%d in the learners' run, %d in the capacity run", journeyErrors, capacityErrors),
                journeyErrors == 0 && capacityErrors == 0, "");
        row(out, "5,000 concurrent learners", format("%d learners arrived over %d s, about %.0f at once at the peak", learners, ramp, concurrent),
                concurrent >= 5000, format("%.0f%% of the target", 100 * concurrent / 5000));
        out.append("\n### Capacity (").append(clients).append(" busy clients, ").append(seconds).append(" s per phase, no think time)\n\n");
        table(out, List.of(plain, quizPage, saves), seconds);
        out.append("\n### Learners doing whole attempts\n\n");
        out.append(format("%d learners arriving over %d s; each registers and signs in, opens and starts the final exam, saves 20 answers "
                + "with %.0f s of think time on average, submits and opens the results. Offered load at the peak: about %.0f saves/s.%n%n",
                learners, ramp, thinkMean, offeredSaves));
        table(out, journey.values().stream().sorted(Comparator.comparing(Figures::name)).toList(), 0);
        out.append("\n### Server memory (sampled every 5 s)\n\n");
        if (samples.isEmpty()) {
            out.append("No samples.\n");
        } else {
            double maxRss = samples.stream().mapToDouble(sample -> sample[1]).max().orElse(0) / 1024;
            double meanRss = samples.stream().mapToDouble(sample -> sample[1]).average().orElse(0) / 1024;
            double maxHeap = samples.stream().mapToDouble(sample -> sample[2]).max().orElse(0) / 1024;
            double meanHeap = samples.stream().mapToDouble(sample -> sample[2]).average().orElse(0) / 1024;
            out.append(format("Resident set: %.0f MiB at most, %.0f MiB on average. Heap in use: %.0f MiB at most, %.0f MiB on average "
                    + "(%d samples).%n", maxRss, meanRss, maxHeap, meanHeap, samples.size()));
            double server = cpuSeconds(samples, 3, 100);
            double generator = cpuSeconds(samples, 4, 100);
            if (server > 0) {
                long requests = Stream.concat(capacity.values().stream(), journey.values().stream()).mapToLong(Figures::total).sum();
                double wall = samples.getLast()[0] - samples.getFirst()[0];
                out.append(format("%n### CPU (both programs share the machine's cores)%n%nOver %.0f s: the server used %.0f CPU-seconds, "
                        + "the load generator (Gatling) %.0f, so %.0f%% of the CPU time the two used went to generating the load. "
                        + "The server spent %.1f ms of CPU per request on average over all %d requests.%n",
                        wall, server, generator, 100 * generator / (server + generator), 1000 * server / requests, requests));
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String target, String measured, boolean met, String shortBy) {
        out.append("| ").append(target).append(" | ").append(measured).append(" | ")
                .append(met ? "yes" : "no" + (shortBy.isEmpty() ? "" : " (" + shortBy + ")")).append(" |\n");
    }

    private static void table(StringBuilder out, List<Figures> rows, int seconds) {
        out.append("| request | count | errors | per second | mean ms | p50 ms | p95 ms | p99 ms | max ms |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Figures row : rows) {
            out.append(format("| %s | %d | %d | %s | %.0f | %.0f | %.0f | %.0f | %.0f |%n", row.name(), row.total(), row.errors(),
                    seconds > 0 ? format("%.0f", row.total() / (double) seconds) : "–", row.mean(), row.p50(), row.p95(), row.p99(), row.max()));
        }
    }

    /** Lines of "epochSeconds rssKiB heapUsedKiB serverCpuTicks loadGeneratorCpuTicks" (CPU columns may be absent). */
    private static List<double[]> samples(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+")).filter(parts -> parts.length == 3 || parts.length == 5)
                .map(parts -> {
                    double[] sample = new double[5];
                    for (int i = 0; i < parts.length; i++) {
                        sample[i] = Double.parseDouble(parts[i]);
                    }
                    return sample;
                })
                .toList();
    }

    /** CPU seconds a counter rose by over the samples; a counter that falls belongs to a new process. */
    private static double cpuSeconds(List<double[]> samples, int column, double ticksPerSecond) {
        double ticks = 0;
        for (int i = 1; i < samples.size(); i++) {
            double step = samples.get(i)[column] - samples.get(i - 1)[column];
            ticks += step >= 0 ? step : samples.get(i)[column];
        }
        return ticks / ticksPerSecond;
    }

    private static String combine(String machine, List<String> sections) throws IOException {
        var out = new StringBuilder("# Load benchmark report\n\n");
        out.append("Written by `deploy/load-test/run.sh` (see the README, Benchmarks) from the run's own measurements; ")
                .append("the server was started with the README's run command (`mvn -P run package`), Gatling ran beside it.\n\n");
        out.append("Machine: ").append(machine).append("\n\n");
        for (String section : sections) {
            out.append(Files.readString(Path.of(section))).append('\n');
        }
        Path limits = Path.of("deploy/load-test/LIMITS.md");
        if (Files.exists(limits)) {
            out.append(Files.readString(limits, StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
