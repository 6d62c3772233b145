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

    /**
     * The course a staff page is about, for its editors and administrators: empty after answering 404 for an
     * unknown course, or 403 for anyone else.
     */
    static java.util.Optional<org.sala.pack.model.Pack> staffCourse(String packId, org.sala.web.content.PackCatalog catalog,
                                                                     org.sala.web.account.AccessService access, org.sala.web.account.CurrentUser user) {
        java.util.Optional<org.sala.pack.model.Pack> pack = packId == null ? java.util.Optional.empty() : catalog.pack(packId);
        if (pack.isEmpty()) {
            notFound();
            return pack;
        }
        if (!access.mayEdit(user.username().orElse(""), user.isAdmin(), pack.get().id())) {
            forbidden();
            return java.util.Optional.empty();
        }
        return pack;
    }

    /** Ends the request with 403 Forbidden; the container shows the forbidden page. */
    static void forbidden() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(403, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** A page parameter read as an id; empty when it is missing or not an id (the page then answers 404). */
    static java.util.Optional<java.util.UUID> parseId(String id) {
        try {
            return id == null ? java.util.Optional.empty() : java.util.Optional.of(java.util.UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** A page parameter read as a whole number from {@code min} to {@code max}; empty when it is anything else. */
    static java.util.OptionalInt parseNumber(String text, int min, int max) {
        String trimmed = text.strip();
        if (!trimmed.matches("\\d{1,9}")) {
            return java.util.OptionalInt.empty();
        }
        int value = Integer.parseInt(trimmed);
        return value < min || value > max ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(value);
    }

    /** An engine refusal worded for the learner, from the bundle ({@code refusal.REASON}), times in their zone. */
    static String refusal(org.sala.engine.attempt.Refusal refusal) {
        return refusal(refusal, messages(), TimeFormat.current());
    }

    static String refusal(org.sala.engine.attempt.Refusal refusal, java.util.ResourceBundle messages, TimeFormat times) {
        Object[] arguments = refusal.arguments().stream()
                .map(argument -> argument instanceof java.time.Instant instant ? times.dateTime(instant) : argument).toArray();
        return new java.text.MessageFormat(messages.getString("refusal." + refusal.reason().name()), times.locale()).format(arguments);
    }

    /** The user-visible strings, in the view's language. */
    static java.util.ResourceBundle messages() {
        FacesContext context = FacesContext.getCurrentInstance();
        return java.util.ResourceBundle.getBundle("org.sala.web.messages", context.getViewRoot().getLocale());
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

    /** Why an editor's save was refused because someone else saved first (or published or threw the draft away). */
    static String conflict(org.sala.web.authoring.AuthoringService.Conflict conflict) {
        java.util.ResourceBundle messages = messages();
        return conflict.editor().map(editor -> java.text.MessageFormat.format(messages.getString("edit.conflict"), editor,
                TimeFormat.current().dateTime(conflict.savedAt().orElseThrow()))).orElse(messages.getString("edit.conflictGone"));
    }

    /** The signed-in account as the authoring service knows an editor. */
    static org.sala.web.authoring.AuthoringService.Editor editor(org.sala.web.account.CurrentUser user) {
        return new org.sala.web.authoring.AuthoringService.Editor(user.username().orElse(""), user.isAdmin());
    }
}
