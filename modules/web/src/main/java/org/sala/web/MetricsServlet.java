package org.sala.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /metrics}: this node's {@link Metrics} in the Prometheus text format, for an operator's
 * monitoring. The figures are counts, nothing about a person; where {@code SALA_METRICS_TOKEN} is set, a
 * scrape must send it ({@code Authorization: Bearer TOKEN}) and others get 401.
 */
@WebServlet(urlPatterns = "/metrics")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Metrics metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = System.getProperty("sala.metrics.token", System.getenv("SALA_METRICS_TOKEN"));
        if (token != null && !token.isBlank() && !matches(request.getHeader("Authorization"), "Bearer " + token.strip())) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        byte[] body = metrics.prometheus().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain;version=0.0.4;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean matches(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
