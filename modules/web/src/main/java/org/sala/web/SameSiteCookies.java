package org.sala.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code SameSite=Lax} on every cookie Sala sets, whatever the server does with {@code web.xml}'s cookie
 * attributes (Payara Micro 7 drops them). Cookies added by the application (the Faces flash cookie) get the
 * attribute as they are added; the session cookie, which the container writes itself, is amended as soon as
 * the session is created or its id changed (at sign-in), and once more before the response is committed.
 * The response wrapper also keeps the application's redirects off the Host header ({@link Redirects}).
 */
final class SameSiteCookies {

    static final String SAME_SITE = "SameSite";
    static final String VALUE = "Lax";

    private SameSiteCookies() {
    }

    /** Adds the attribute to every {@code Set-Cookie} header of the response that lacks one, while it can still change. */
    static void amend(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        if (cookies.isEmpty() || cookies.stream().allMatch(SameSiteCookies::hasSameSite)) {
            return;
        }
        List<String> amended = cookies.stream().map(cookie -> hasSameSite(cookie) ? cookie : cookie + "; " + SAME_SITE + "=" + VALUE).toList();
        response.setHeader("Set-Cookie", amended.get(0));
        amended.subList(1, amended.size()).forEach(cookie -> response.addHeader("Set-Cookie", cookie));
    }

    static boolean hasSameSite(String setCookie) {
        return setCookie.toLowerCase(Locale.ROOT).contains("samesite=");
    }

    /** The request, seen by the application: creating a session or changing its id amends the session cookie. */
    static final class Request extends HttpServletRequestWrapper {

        private final HttpServletResponse response;

        Request(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public HttpSession getSession(boolean create) {
            boolean existed = super.getSession(false) != null;
            HttpSession session = super.getSession(create);
            if (!existed && session != null) {
                amend(response);
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            amend(response);
            return id;
        }
    }

    /** The response, seen by the application: cookies get the attribute, and headers are amended before the body starts. */
    static final class Response extends HttpServletResponseWrapper {

        Response(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (cookie.getAttribute(SAME_SITE) == null) {
                cookie.setAttribute(SAME_SITE, VALUE);
            }
            super.addCookie(cookie);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            amend(this);
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            amend(this);
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            amend(this);
            super.flushBuffer();
        }

        /** Redirects within the application go out as paths (or on the public URL), never built from the Host header. */
        @Override
        public void sendRedirect(String location) throws IOException {
            amend(this);
            String target = Redirects.location(location);
            if (target.startsWith("/") && !target.startsWith("//")) {
                resetBuffer();
                setStatus(SC_FOUND);
                setHeader("Location", target);
                flushBuffer();
            } else {
                super.sendRedirect(target);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            amend(this);
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            amend(this);
            super.sendError(status);
        }
    }
}
