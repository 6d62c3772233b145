package org.sala.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /health}: "ok" when the application is deployed, for load balancers and start-up scripts. It
 * touches neither Faces nor the database, so the load benchmark also uses it as the plain-servlet ceiling
 * the quiz pages are measured against.
 */
@WebServlet(urlPatterns = "/health")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final byte[] OK = "ok\n".getBytes(StandardCharsets.US_ASCII);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=US-ASCII");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(OK.length);
        response.getOutputStream().write(OK);
    }
}
