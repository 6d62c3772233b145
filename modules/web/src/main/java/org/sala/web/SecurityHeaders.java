package org.sala.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response, error pages included. The content security policy allows scripts
 * only from this application's own files (no inline script, no eval), no plugins, forms posting only
 * here, and no framing by other sites. Inline style attributes stay allowed: they cannot run code. Pages
 * for a signed-in user are {@code Cache-Control: no-store}, and every cookie is {@code SameSite=Lax}
 * ({@link SameSiteCookies}).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String RESOURCES = "/jakarta.faces.resource/";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (request.getRemoteUser() != null && !request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            // Personal pages are never kept: Back after "Log out" on a shared computer must not show them.
            response.setHeader("Cache-Control", "no-store");
        }
        var amending = new SameSiteCookies.Response(response);
        SameSiteCookies.amend(response);
        chain.doFilter(new SameSiteCookies.Request(request, amending), amending);
        SameSiteCookies.amend(response);
    }
}
