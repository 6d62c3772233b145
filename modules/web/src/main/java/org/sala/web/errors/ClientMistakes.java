package org.sala.web.errors;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;
import org.sala.web.authoring.AuthoringService;
import org.sala.web.quiz.UnknownContentException;

/**
 * Client mistakes answer 4xx with the friendly page and one log line, never 500 and a stack trace: a form
 * whose view state has expired or was never ours (400, "This page has expired"), and a request naming a
 * pack, quiz or attempt that does not exist or is not the user's (404), and an editing action by an account
 * that may not edit the course (403). Everything else goes on to the container's error page as before. Registered in {@code faces-config.xml}.
 */
public final class ClientMistakes extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ClientMistakes.class.getName());

    /** Makes the handler for Faces. */
    public static final class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ClientMistakes(getWrapped().getExceptionHandler());
        }
    }

    ClientMistakes(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            Optional<Throwable> mistake = clientMistake(thrown);
            if (mistake.isEmpty() || context.getExternalContext().isResponseCommitted()) {
                continue;
            }
            events.remove();
            String where = context.getExternalContext().getRequestServletPath();
            try {
                if (mistake.get() instanceof ViewExpiredException) {
                    LOG.info(() -> "expired or unknown view state on " + where + "; answered 400 with the expired page");
                    // Render the expired page in place of the posted view: a forward would be posted again and fail again.
                    context.getExternalContext().responseReset();
                    context.getExternalContext().setResponseStatus(400);
                    context.setViewRoot(context.getApplication().getViewHandler().createView(context, "/expired.xhtml"));
                    context.getPartialViewContext().setRenderAll(true);
                    context.renderResponse();
                } else if (mistake.get() instanceof AuthoringService.NotAnEditor) {
                    LOG.warning(() -> "refused on " + where + ": " + mistake.get().getMessage());
                    context.getExternalContext().responseSendError(403, null);
                    context.responseComplete();
                } else {
                    LOG.info(() -> "not found on " + where + ": " + mistake.get().getMessage());
                    context.getExternalContext().responseSendError(404, null);
                    context.responseComplete();
                }
            } catch (IOException | RuntimeException e) {
                throw new FacesException(e);
            }
        }
        getWrapped().handle();
    }

    private static Optional<Throwable> clientMistake(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException || cause instanceof UnknownContentException
                    || cause instanceof AuthoringService.NotAnEditor) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }
}
