package org.sala.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sala.engine.attempt.QuestionState;
import org.sala.engine.scoring.Certainty;
import org.sala.web.Json;
import org.sala.web.account.AccountService;
import org.sala.web.quiz.AttemptService;
import org.sala.web.quiz.UnknownContentException;

/**
 * Saves one answer of an attempt for the attempt page's script: {@code POST /answers}, form-encoded, in the
 * learner's session. It goes through the same {@link AttemptService} and engine rules as the page's Save
 * button (which stays the way without JavaScript), but answers with the saved state only, as JSON, instead
 * of the whole page.
 *
 * <p>Fields: {@code attempt} (id), {@code question} (id), {@code sequence} (the page's count of saves of this
 * question, which refuses a save older than the stored one), {@code token} (the attempt's request token, which
 * only a page of this site carries), {@code certainty} (LOW, MEDIUM, HIGH or empty), {@code value} (the choice,
 * each ticked choice, or the typed text) and {@code part.<id>} (matching prompts, ordering items, cloze gaps),
 * the values being those the page's inputs submit.
 *
 * <p>Answers: 200 {@code {"saved":true,"question":...,"sequence":n,"answered":true|false}} after the commit;
 * 409 with the engine's refusal worded for the learner (a stale save, time up, a finished question); 400 for
 * inputs that answer nothing the page offered; 401 when not signed in; 403 for a request from another site
 * (an {@code Origin} or {@code Sec-Fetch-Site} that is not this site's, or a wrong token); 404 for an attempt
 * that is not the learner's; 503 when the database cannot take it (the script tries again). Every answer but
 * 200 carries {@code "saved":false} and a {@code "message"} for the page.
 */
@WebServlet(urlPatterns = "/answers")
public class AnswerEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AnswerEndpoint.class.getName());
    private static final String PART = "part.";

    @Inject
    transient AttemptService attempts;

    @Inject
    transient AccountService accounts;

    /** The purpose an attempt's request token is issued for. */
    static String purpose(UUID attempt) {
        return "answers:" + attempt;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        ResourceBundle messages = ResourceBundle.getBundle("org.sala.web.messages", Locale.ENGLISH);
        String learner = request.getRemoteUser();
        if (learner == null) {
            refuse(response, 401, messages.getString("attempt.signedOut"));
            return;
        }
        Optional<UUID> attempt = Pages.parseId(request.getParameter("attempt"));
        if (attempt.isEmpty()) {
            refuse(response, 404, messages.getString("attempt.noSuchAttempt"));
            return;
        }
        if (!sameOrigin(request) || !accounts.requestTokens().valid(learner, purpose(attempt.get()), request.getParameter("token"))) {
            refuse(response, 403, messages.getString("attempt.pageOutOfDate"));
            return;
        }
        String question = request.getParameter("question");
        long sequence;
        Optional<Certainty> certainty;
        try {
            sequence = Long.parseLong(String.valueOf(request.getParameter("sequence")));
            String stated = request.getParameter("certainty");
            certainty = stated == null || stated.isBlank() ? Optional.empty() : Optional.of(Certainty.valueOf(stated));
        } catch (IllegalArgumentException malformed) {
            refuse(response, 400, messages.getString("attempt.pageOutOfDate"));
            return;
        }
        if (question == null || sequence < 0) {
            refuse(response, 400, messages.getString("attempt.pageOutOfDate"));
            return;
        }
        Map<String, String> parts = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith(PART) && values.length > 0) {
                parts.put(name.substring(PART.length()), values[0]);
            }
        });
        String[] values = request.getParameterValues("value");
        try {
            AttemptService.Saved saved = attempts.answer(learner, attempt.get(), question, (assembled, number) -> {
                QuestionView view = QuestionView.of(assembled, number, "", "");
                return AnswerForm.of(view, values, parts).response(view);
            }, sequence, certainty);
            if (saved.refusal().isPresent()) {
                TimeFormat times = new TimeFormat(Locale.ENGLISH, TimeFormat.zone(request.getCookies()));
                refuse(response, 409, Pages.refusal(saved.refusal().get(), messages, times));
                return;
            }
            QuestionState state = saved.attempt().attempt().state(question);
            write(response, 200, "{\"saved\":true,\"question\":" + Json.string(question) + ",\"sequence\":" + (state.sequence() + 1)
                    + ",\"answered\":" + !state.response().isBlank() + "}");
        } catch (UnknownContentException notTheirs) {
            refuse(response, 404, messages.getString("attempt.noSuchAttempt"));
        } catch (IllegalArgumentException notAnAnswer) {
            refuse(response, 400, notAnAnswer.getMessage());
        } catch (RuntimeException databaseAway) {
            LOG.log(Level.WARNING, "an answer could not be saved", databaseAway);
            response.setHeader("Retry-After", "2");
            refuse(response, 503, messages.getString("attempt.notSaved"));
        }
    }

    /** Only POST saves; a browser that opens the address gets a short answer, not the server's error page. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        refuse(response, 405, "POST only.");
    }

    /**
     * Whether the request comes from a page of this site, as far as the browser says: {@code Sec-Fetch-Site}
     * same-origin when sent, and an {@code Origin} naming the host the request was sent to (the {@code Host}
     * header, or the {@code X-Forwarded-Host} a proxy in front sets) when sent.
     */
    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String authority;
        try {
            authority = URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
        if (authority == null) {
            return false; // "null": a sandboxed frame, a file, a redirect from elsewhere
        }
        String host = request.getHeader("Host");
        String forwarded = request.getHeader("X-Forwarded-Host");
        return authority.equalsIgnoreCase(host) || forwarded != null && authority.equalsIgnoreCase(forwarded.split(",")[0].strip());
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        write(response, status, "{\"saved\":false,\"message\":" + Json.string(message) + "}");
    }

    private static void write(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
