package org.sala.web.pages;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Small helpers shared by the page beans. */
final class Pages {

    private Pages() {
    }

    /** Ends the request with 404 Not Found; the container shows the not-found page. */
    static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Ends the request with a redirect to {@code page} (relative to the application, e.g. {@code result.xhtml?attempt=...}). */
    static void redirect(String page) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + "/" + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
