package org.sala.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.sala.web.quiz.OverdueSweep;

/**
 * {@code GET /health}: "ok" when the application is deployed and its background work runs, for load
 * balancers and start-up scripts; 503 with the reason when the latest run of the {@link OverdueSweep}
 * failed (time limits would then not finish attempts by themselves). It touches neither Faces nor the
 * database, so the load benchmark also uses it as the plain-servlet ceiling the quiz pages are measured
 * against.
 */
@WebServlet(urlPatterns = "/health")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final byte[] OK = "ok\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    transient OverdueSweep sweep;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
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
}
