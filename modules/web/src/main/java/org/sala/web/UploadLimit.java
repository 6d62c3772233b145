package org.sala.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An upload larger than the Faces Servlet takes ({@code <multipart-config>} in web.xml: 16 MiB for the file,
 * 17 MiB for the whole request) is answered 413 with a page that says so, before the servlet would refuse it
 * with an exception and a closed connection. The body is read and dropped (up to {@link #DRAINED} bytes) so
 * the browser gets the answer instead of a reset.
 */
@WebFilter(urlPatterns = "/edit/*", dispatcherTypes = DispatcherType.REQUEST)
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** web.xml's {@code max-request-size}. */
    static final long MAX_REQUEST_BYTES = 17_825_792;

    /** The most of a refused body that is read before the connection is left to close. */
    private static final long DRAINED = 64L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/") || request.getContentLengthLong() <= MAX_REQUEST_BYTES) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() <= DRAINED) {
            try (InputStream body = request.getInputStream()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } else {
            response.setHeader("Connection", "close");
        }
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html; charset=UTF-8");
        String back = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"en\"><head><title>File too large</title></head><body><main>"
                + "<h1>File too large</h1><p>The file is larger than 16 MiB, the most an import takes. Split it into smaller files "
                + "(in Moodle, export one category at a time) and upload them one by one.</p>"
                + "<p><a href=\"" + escape(back) + "\">Back to the import</a></p></main></body></html>").getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
