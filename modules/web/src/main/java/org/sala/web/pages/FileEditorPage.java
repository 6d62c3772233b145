package org.sala.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.sala.pack.Problem;
import org.sala.pack.model.Pack;
import org.sala.web.account.CurrentUser;
import org.sala.web.authoring.AuthoringService;
import org.sala.web.content.PackCatalog;

/**
 * What the quiz settings page and the lesson page share: a file of a course opened for its editors and
 * administrators (others get 403), saved as a draft after the course is read with it, each problem next to
 * the field it is about, conflicts told, the draft thrown away on request. Parameters {@code pack} and
 * {@code id} (the quiz's or lesson's id).
 */
abstract class FileEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PackCatalog catalog;

    @Inject
    AuthoringService authoring;

    @Inject
    CurrentUser currentUser;

    private String packId;
    private String id;
    /** Not serializable: after the page moved to another node of a cluster it is opened again ({@link #opened()}). */
    private transient AuthoringService.OpenedFile opened;
    private String openedPath;
    private int openedRevision;
    private String openedBase;
    private final Map<String, List<String>> problems = new LinkedHashMap<>();
    private List<String> warnings = List.of();
    private String conflict = "";

    /** {@code quizzes} or {@code lessons}: where {@code pack.yaml} lists the files this page edits. */
    abstract String kind();

    /** Fills the form from the file's text. */
    abstract void fill(String text);

    /** The file as the form now writes it. */
    abstract String text();

    /** The input a problem of the file is about, or empty. */
    abstract Optional<String> inputOf(Problem problem, String text);

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Pack pack = pack();
        if (pack == null) {
            Pages.notFound();
            return;
        }
        if (!authoring.mayEdit(editor(), pack.id())) {
            Pages.forbidden();
            return;
        }
        Optional<AuthoringService.OpenedFile> found = id == null ? Optional.empty()
                : authoring.pathOf(pack, kind(), id).flatMap(path -> authoring.openFile(editor(), pack, path));
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        show(found.get());
    }

    private void show(AuthoringService.OpenedFile file) {
        remember(file);
        problems.clear();
        conflict = "";
        fill(file.text());
    }

    Pack pack() {
        return packId == null ? null : catalog.pack(packId).orElse(null);
    }

    private void remember(AuthoringService.OpenedFile file) {
        opened = file;
        openedPath = file.path();
        openedRevision = file.revision();
        openedBase = file.baseVersion();
    }

    /**
     * The file as opened, also on a node the page moved to: read again, at the revision and base version this
     * page was opened at, so that a save still sees a concurrent one as a conflict.
     */
    private AuthoringService.OpenedFile opened() {
        if (opened == null && openedPath != null) {
            opened = authoring.openFile(editor(), pack(), openedPath)
                    .map(found -> new AuthoringService.OpenedFile(found.path(), found.text(), openedRevision, openedBase, found.draft()))
                    .orElse(null);
        }
        return opened;
    }

    AuthoringService.Editor editor() {
        return Pages.editor(currentUser);
    }

    public String save() {
        String text = text();
        AuthoringService.Outcome outcome = authoring.saveFile(editor(), pack(), opened(), text);
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle messages = Pages.messages();
        problems.clear();
        conflict = "";
        switch (outcome) {
            case AuthoringService.FileSaved saved -> {
                remember(new AuthoringService.OpenedFile(opened().path(), saved.draft().text(), saved.draft().revision(),
                        opened().baseVersion(), Optional.of(saved.draft())));
                var lines = new ArrayList<String>();
                saved.warnings().forEach(problem -> lines.add(messages.getString("edit.warning") + " " + problem.message()));
                saved.elsewhere().forEach(problem -> lines.add(MessageFormat.format(messages.getString("edit.elsewhere"), problem.toString())));
                warnings = lines;
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                        MessageFormat.format(messages.getString("edit.saved"), saved.draft().revision()), null));
            }
            case AuthoringService.Invalid invalid -> {
                for (Problem problem : invalid.problems()) {
                    problems.computeIfAbsent(inputOf(problem, text).orElse("file"), key -> new ArrayList<>()).add(problem.message());
                }
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        MessageFormat.format(messages.getString("edit.invalid"), invalid.problems().size()), null));
            }
            case AuthoringService.Conflict theirs -> {
                conflict = Pages.conflict(theirs);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, conflict, null));
            }
            case AuthoringService.Saved question -> throw new IllegalStateException("saving a file saved a question: " + question.draft().questionId());
        }
        return null;
    }

    /** Throws the draft away and goes back to the course. */
    public String discard() {
        authoring.discardFile(editor(), pack(), opened().path());
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(Pages.messages().getString("edit.discarded"), opened().path()), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/edit/course?faces-redirect=true&pack=" + URLEncoder.encode(packId, StandardCharsets.UTF_8);
    }

    /** Loads the file as stored now (after a conflict, to see the other editor's version). */
    public String reload() {
        authoring.openFile(editor(), pack(), opened().path()).ifPresent(this::show);
        return null;
    }

    public List<String> problemsOf(String input) {
        return problems.getOrDefault(input, List.of());
    }

    public List<String> problemsOfRow(String list, int index) {
        return problemsOf(list + ":" + index);
    }

    public boolean isHasDraft() {
        return opened() != null && opened().revision() > 0;
    }

    public String getDraftBy() {
        return opened() == null ? "" : opened().draft().map(draft -> MessageFormat.format(Pages.messages().getString("edit.draftBy"),
                draft.editor(), TimeFormat.current().dateTime(draft.updatedAt()))).orElse("");
    }

    public String getPath() {
        return opened() == null ? "" : opened().path();
    }

    public Pack getPack() {
        return pack();
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public String getConflict() {
        return conflict;
    }

    public String getPackId() {
        return packId;
    }

    public void setPackId(String packId) {
        this.packId = packId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
