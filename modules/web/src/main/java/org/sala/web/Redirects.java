package org.sala.web;

import java.net.URI;
import java.util.Optional;

/**
 * Where Sala's own redirects point. Never at the request's {@code Host} header, which a client chooses: a
 * redirect within the application is sent as a path ({@code Location: /result.xhtml?...}, which browsers
 * resolve against the page they are on), or, when {@code SALA_PUBLIC_URL} (or {@code -Dsala.public.url})
 * names the address learners use, as that address plus the path.
 */
public final class Redirects {

    private Redirects() {
    }

    /** The configured public base URL, without a trailing slash; empty when unset. */
    public static Optional<String> publicUrl() {
        String configured = System.getProperty("sala.public.url", System.getenv("SALA_PUBLIC_URL"));
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        String trimmed = configured.strip();
        URI uri = URI.create(trimmed);
        if (uri.getScheme() == null || uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalArgumentException("SALA_PUBLIC_URL is '" + configured + "'; write the address learners use, e.g."
                    + " https://sala.example.org");
        }
        return Optional.of(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
    }

    /** The Location to send for a redirect the application asked for; paths stay paths unless a public URL is set. */
    static String location(String requested) {
        if (!requested.startsWith("/") || requested.startsWith("//")) {
            return requested;
        }
        return publicUrl().map(base -> base + requested).orElse(requested);
    }
}
