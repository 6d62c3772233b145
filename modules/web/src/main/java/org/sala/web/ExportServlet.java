package org.sala.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.sala.web.account.AccessService;
import org.sala.web.content.QuestionExport;

/**
 * {@code GET /staff/export?pack=P[&bank=B]&format=gift|moodle-xml|qti} (and the same at
 * {@code /edit/download}): a course's (or one bank's) questions as a file, for the course's editors and
 * administrators (others who may not edit the course get 403). Without {@code format}, the whole course as
 * its files in a zip. An unknown course or
 * bank is 404; an unknown format 400 with one line that names the known ones. The number of warnings (what
 * the format could not hold) is in the {@code X-Sala-Export-Warnings} header.
 */
@WebServlet(urlPatterns = {"/staff/export", "/edit/download"})
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuestionExport export;

    @Inject
    transient AccessService access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String packId = request.getParameter("pack");
        String user = request.getRemoteUser();
        if (packId == null || user == null || !access.mayEdit(user, request.isUserInRole("admin"), packId)) {
            response.sendError(packId == null ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<QuestionExport.Download> download;
        try {
            String format = request.getParameter("format");
            String quiz = request.getParameter("quiz");
            if (quiz != null) {
                download = export.exportQuiz(packId, quiz, format == null ? "gift" : format);
            } else {
                download = format == null && request.getParameter("bank") == null ? export.archive(packId)
                        : export.export(packId, Optional.ofNullable(request.getParameter("bank")), format);
            }
        } catch (IllegalArgumentException unknownFormat) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getOutputStream().write((unknownFormat.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(download.get().contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + download.get().fileName() + "\"");
        response.setHeader("X-Sala-Export-Warnings", String.valueOf(download.get().warnings().size()));
        response.setContentLength(download.get().content().length);
        response.getOutputStream().write(download.get().content());
    }
}
