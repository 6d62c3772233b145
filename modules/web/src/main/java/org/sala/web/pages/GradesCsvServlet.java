package org.sala.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.web.account.AccessService;
import org.sala.web.content.PackCatalog;
import org.sala.web.quiz.GradebookService;
import org.sala.web.quiz.GradesCsv;

/**
 * {@code GET /staff/gradebook.csv?pack=P[&quiz=Q][&rows=learners|attempts]}: the gradebook as CSV (see
 * {@link GradesCsv}), for the course's editors and administrators (403 for everyone else, learners never reach
 * {@code /staff/*}). An unknown course or quiz is 404, an unknown {@code rows} 400 with one line.
 */
@WebServlet(urlPatterns = "/staff/gradebook.csv")
public class GradesCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradebookService grades;

    @Inject
    transient AccessService access;

    @Inject
    transient PackCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getRemoteUser();
        Optional<Pack> pack = Optional.ofNullable(request.getParameter("pack")).flatMap(catalog::pack);
        if (user == null || pack.isEmpty()) {
            response.sendError(user == null ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!access.mayEdit(user, request.isUserInRole("admin"), pack.get().id())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String quizId = request.getParameter("quiz");
        Optional<Quiz> quiz = quizId == null || quizId.isEmpty() ? Optional.empty() : pack.get().quiz(quizId);
        if (quizId != null && !quizId.isEmpty() && quiz.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String rows = request.getParameter("rows") == null ? "learners" : request.getParameter("rows");
        if (!rows.equals("learners") && !rows.equals("attempts")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getOutputStream().write("rows must be 'learners' or 'attempts'\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        GradebookService.Gradebook book = grades.gradebook(pack.get());
        String csv = rows.equals("learners") ? GradesCsv.learners(book, quiz) : GradesCsv.attempts(book, grades.attempts(pack.get()), quiz);
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        String name = pack.get().id() + quiz.map(found -> "-" + found.id()).orElse("") + "-" + rows + ".csv";
        response.setContentType("text/csv; charset=UTF-8; header=present");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
