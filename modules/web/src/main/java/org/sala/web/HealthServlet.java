package org.sala.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sala.web.content.PackCatalog;
import org.sala.web.database.SalaDatabase;
import org.sala.web.quiz.OverdueSweep;

/**
 * Health for load balancers, start-up scripts and orchestrators, on every server Sala runs on:
 * <ul>
 * <li>{@code GET /health}: "ok" when the application is deployed and its background work runs; 503 with the
 * reason when the latest run of the {@link OverdueSweep} failed. It touches neither Faces nor the database,
 * so the load benchmark also uses it as the plain-servlet ceiling the quiz pages are measured against.</li>
 * <li>{@code GET /health/live}: the application is deployed and answering (a liveness probe: restart the
 * node when it fails). It does not depend on the database, so an outage does not restart every node.</li>
 * <li>{@code GET /health/ready}: the node can serve learners (a readiness probe: send it traffic only when
 * this is 200): the database answers, the content packs are loaded and the overdue sweep's latest run did
 * not fail.</li>
 * </ul>
 * The last two answer JSON as MicroProfile Health does ({@code {"status":"UP","checks":[...]}}), 200 when
 * up and 503 when down.
 */
@WebServlet(urlPatterns = {"/health", "/health/live", "/health/ready"})
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HealthServlet.class.getName());
    private static final byte[] OK = "ok\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    transient OverdueSweep sweep;

    @Inject
    transient SalaDatabase database;

    @Inject
    transient PackCatalog catalog;

    private record Check(String name, boolean up, String detail) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        switch (request.getServletPath()) {
            case "/health/live" -> json(response, List.of(new Check("deployed", true, "")));
            case "/health/ready" -> json(response, List.of(database(), packs(), sweep()));
            default -> plain(response);
        }
    }

    private void plain(HttpServletResponse response) throws IOException {
        Optional<String> failure = sweep.last().flatMap(OverdueSweep.Status::failure);
        if (failure.isPresent()) {
            byte[] body = ("failing: finishing overdue attempts failed at " + sweep.last().orElseThrow().ranAt() + ": "
                    + failure.get() + "\n").getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/plain;charset=UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        response.setContentType("text/plain;charset=US-ASCII");
        response.setContentLength(OK.length);
        response.getOutputStream().write(OK);
    }

    private Check database() {
        try {
            return new Check("database", database.answers(), "");
        } catch (RuntimeException e) {
            // The reason goes to the log, not to whoever asks: it can name hosts and ports.
            LOG.log(Level.FINE, "readiness: the database did not answer", e);
            return new Check("database", false, "the database did not answer");
        }
    }

    private Check packs() {
        try {
            int loaded = catalog.packs().size();
            return new Check("packs", loaded > 0, loaded > 0 ? loaded + " loaded" : "no content pack is loaded");
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "readiness: the content packs could not be read", e);
            return new Check("packs", false, "the content packs could not be read");
        }
    }

    private Check sweep() {
        Optional<String> failure = sweep.last().flatMap(OverdueSweep.Status::failure);
        return new Check("overdue-sweep", failure.isEmpty(), failure.map(reason -> "the latest run failed: " + reason).orElse(""));
    }

    private static void json(HttpServletResponse response, List<Check> checks) throws IOException {
        boolean up = checks.stream().allMatch(Check::up);
        List<String> items = new ArrayList<>();
        for (Check check : checks) {
            String data = check.detail().isEmpty() ? "" : ",\"data\":{\"detail\":" + Json.string(check.detail()) + "}";
            items.add("{\"name\":\"" + check.name() + "\",\"status\":\"" + (check.up() ? "UP" : "DOWN") + "\"" + data + "}");
        }
        byte[] body = ("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"checks\":[" + String.join(",", items) + "]}\n")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
