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
 *   Report section --database NAME --capacity DIR --learners DIR --samples CSV --out FILE --clients N --seconds N
 *                  --learner-count N --ramp N --think-min N --think-max N --save-target N
 *                  --start-sala SECONDS --start-empty SECONDS --rss-sala MIB --rss-empty MIB
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
        double startSala = Double.parseDouble(options.get("start-sala"));
        double startEmpty = Double.parseDouble(options.get("start-empty"));
        double rssSala = Double.parseDouble(options.get("rss-sala"));
        double rssEmpty = Double.parseDouble(options.get("rss-empty"));
        Map<String, Figures> capacity = figures(Path.of(options.get("capacity")));
        Map<String, Figures> journey = figures(Path.of(options.get("learners")));
        List<double[]> samples = samples(Path.of(options.get("samples")));

        java.util.function.Function<String, Figures> phase = name -> {
            Figures found = capacity.get(name);
            if (found == null) {
                throw new IllegalStateException("no requests named '" + name + "' in the capacity run: " + capacity.keySet());
            }
            return found;
        };
        Figures servlet = phase.apply("plain servlet (empty WAR)");
        Figures faces = phase.apply("trivial Faces page (empty WAR)");
        Figures health = phase.apply("Sala /health");
        Figures catalog = phase.apply("catalog");
        Figures lesson = phase.apply("lesson page");
        Figures quizPage = phase.apply("quiz page");
        Figures scripted = phase.apply("save through POST /answers");
        Figures form = phase.apply("save through the Save button");
        java.util.function.ToDoubleFunction<Figures> rate = figures -> figures.total() / (double) seconds;
        Figures learnerSaves = journey.get("save answer");
        long journeyErrors = journey.values().stream().mapToLong(Figures::errors).sum();
        long capacityErrors = capacity.values().stream().mapToLong(Figures::errors).sum();
        double pageSeconds = journey.containsKey("open the next question") ? journey.get("open the next question").mean() / 1000.0 : 0;
        double perAnswer = thinkMean + learnerSaves.mean() / 1000.0 + pageSeconds;
        double sessionSeconds = 20 * perAnswer;
        double arrivals = learners / (double) ramp;
        double concurrent = Math.min(learners, arrivals * sessionSeconds);
        double offeredSaves = concurrent / perAnswer;
        double maxRss = samples.stream().mapToDouble(sample -> sample[1]).max().orElse(0) / 1024;
        double maxHeap = samples.stream().mapToDouble(sample -> sample[2]).max().orElse(0) / 1024;

        var out = new StringBuilder();
        out.append("## ").append(database).append("\n\n");
        out.append("### Goals\n\n| what | goal | measured | met? |\n|---|---|---|---|\n");
        double healthRate = rate.applyAsDouble(health);
        goal(out, "bare servlet in an empty WAR (the ceiling)", "-", format("%.0f req/s", rate.applyAsDouble(servlet)), null);
        goal(out, "trivial Faces page in an empty WAR", "-", format("%.0f req/s (%.0f%% of the servlet)", rate.applyAsDouble(faces),
                100 * rate.applyAsDouble(faces) / rate.applyAsDouble(servlet)), null);
        goal(out, "Sala `/health`", "-", format("%.0f req/s", healthRate), null);
        for (Object[] page : new Object[][] {{catalog, "catalog `/`", 30}, {lesson, "lesson page", 20}, {quizPage, "exam question page, signed in", 15}}) {
            Figures figures = (Figures) page[0];
            int percent = (Integer) page[2];
            double pageRate = rate.applyAsDouble(figures);
            goal(out, (String) page[1], ">= " + percent + "% of `/health`", format("%.0f req/s (%.0f%%)", pageRate, 100 * pageRate / healthRate),
                    pageRate >= percent / 100.0 * healthRate);
        }
        double scriptRate = rate.applyAsDouble(scripted);
        goal(out, "answer saves through `POST /answers`, no think time", format(">= %d/s, p99 < 100 ms", saveTarget),
                format("%.0f/s, p99 %.0f ms", scriptRate, scripted.p99()), scriptRate >= saveTarget && scripted.p99() < 100);
        goal(out, "answer saves through the Save button (no JavaScript)", "-", format("%.0f/s, p99 %.0f ms", rate.applyAsDouble(form), form.p99()), null);
        goal(out, "learners taking an exam at once (think time " + format("%.0f", thinkMean) + " s per answer)", "5,000, p99 < 100 ms, 0 errors",
                format("about %.0f at once (%d arrived over %d s), save p99 %.0f ms, %d errors", concurrent, learners, ramp, learnerSaves.p99(), journeyErrors),
                concurrent >= 5000 && learnerSaves.p99() < 100 && journeyErrors == 0);
        goal(out, "start to first page, against the empty WAR on the same Payara", "<= 1.3x",
                format("%.1f s vs %.1f s (%.2fx)", startSala, startEmpty, startSala / startEmpty), startSala <= 1.3 * startEmpty);
        goal(out, "resident memory 20 s after start", "<= 450 MiB", format("%.0f MiB (empty WAR: %.0f)", rssSala, rssEmpty), rssSala <= 450);
        goal(out, "resident memory during and after the load", "<= 700 MiB, heap bounded", format("%.0f MiB at most, heap in use %.0f MiB at most",
                maxRss, maxHeap), maxRss > 0 && maxRss <= 700);
        goal(out, "errors in the capacity run", "0", String.valueOf(capacityErrors), capacityErrors == 0);

        out.append("\n### Capacity (").append(clients).append(" busy clients, ").append(seconds).append(" s per phase, no think time)\n\n");
        table(out, List.of(servlet, faces, health, catalog, lesson, quizPage, scripted, form), seconds);
        out.append("\n### Learners doing whole attempts\n\n");
        out.append(format("%d learners (accounts seeded in the database) arriving over %d s; each signs in, opens and starts the final exam, "
                + "and 20 times thinks %.0f s on average, saves the answer as the page's script does and opens the next question; then "
                + "submits and opens the results. Offered load at the peak: about %.0f saves/s.%n%n", learners, ramp, thinkMean, offeredSaves));
        table(out, journey.values().stream().sorted(Comparator.comparing(Figures::name)).toList(), 0);
        out.append("\n### Server memory (sampled every 5 s)\n\n");
        if (samples.isEmpty()) {
            out.append("No samples.\n");
        } else {
            double meanRss = samples.stream().mapToDouble(sample -> sample[1]).average().orElse(0) / 1024;
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

    /** A row of the goals table; {@code met} null for a figure without a goal (a ceiling). */
    private static void goal(StringBuilder out, String what, String goal, String measured, Boolean met) {
        out.append("| ").append(what).append(" | ").append(goal).append(" | ").append(measured).append(" | ")
                .append(met == null ? "-" : met ? "yes" : "no").append(" |\n");
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
                .append("the server was started as the README's run command starts it (the same Payara Micro flags and JVM settings), with the empty WAR of the ceilings deployed beside Sala; Gatling ran beside it on the same machine.\n\n");
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
