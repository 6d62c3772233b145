package org.sala.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import org.sala.pack.model.Pack;
import org.sala.persistence.account.AuditEvent;
import org.sala.persistence.authoring.PackRelease;
import org.sala.web.account.CurrentUser;
import org.sala.web.authoring.AuthoringService;
import org.sala.web.authoring.QuestionFields;
import org.sala.web.content.PackCatalog;

/**
 * A course's editing page, for its editors and administrators (others get 403): its banks with every
 * question and where it stands (published, changed, new, to be retired, with who saved the draft when), a
 * new question of any type in any bank, publishing the drafts (with the problems that block it), the
 * releases published in the browser, downloads, and the course's audit list. Parameter {@code pack}.
 */
@Named
@ViewScoped
public class EditCoursePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A question as the list shows it. */
    public record Line(String questionId, String type, String prompt, String state, String draftBy) {
    }

    /** A bank as the list shows it. */
    public record BankLines(String id, String title, List<Line> lines) {
    }

    /** A release as the list shows it. */
    public record Release(int number, String version, String by, String at, String summary) {
    }

    /** An audit event as the list shows it. */
    public record Event(String at, String actor, String action, String detail) {
    }

    @Inject
    PackCatalog catalog;

    @Inject
    AuthoringService authoring;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.sala.web.content.QuestionExport export;

    /** What a format cannot hold of the course's questions, as its writer warns. */
    public record FormatWarnings(String format, String label, List<String> warnings) {
    }

    private String packId;
    private String newBank;
    private String newType = "single-choice";
    private String summary;
    private List<String> blocking = List.of();
    private transient AuthoringService.Workspace workspace;
    private transient java.util.Map<String, String> paths;
    private transient List<FormatWarnings> exportWarnings;

    public void load() {
        Pack pack = pack();
        if (pack == null) {
            Pages.notFound();
            return;
        }
        if (!authoring.mayEdit(Pages.editor(currentUser), pack.id())) {
            Pages.forbidden();
            return;
        }
        if (newBank == null && !pack.banks().isEmpty()) {
            newBank = pack.banks().get(0).id();
        }
    }

    private Pack pack() {
        return packId == null ? null : catalog.pack(packId).orElse(null);
    }

    private AuthoringService.Workspace workspace() {
        if (workspace == null) {
            workspace = authoring.workspace(Pages.editor(currentUser), pack());
        }
        return workspace;
    }

    /** Opens the editor on a new question of the chosen type in the chosen bank. */
    public String create() {
        return "/edit/question?faces-redirect=true&pack=" + packId + "&bank=" + newBank + "&type=" + newType;
    }

    public String publish() {
        var outcome = authoring.publish(Pages.editor(currentUser), pack(), summary);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (outcome instanceof AuthoringService.Published published) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, MessageFormat.format(Pages.messages().getString("edit.published"),
                    published.release().version(), published.warnings().size()), null));
            published.git().ifPresent(written -> faces.addMessage(null, new FacesMessage(written.ok() ? FacesMessage.SEVERITY_INFO
                    : FacesMessage.SEVERITY_WARN, MessageFormat.format(Pages.messages().getString("edit.gitWritten"), written.message()), null)));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/edit/course?faces-redirect=true&pack=" + packId;
        }
        blocking = ((AuthoringService.Blocked) outcome).problems();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Pages.messages().getString("edit.blocked"), null));
        workspace = null;
        paths = null;
        return null;
    }

    /** Per interchange format, the warnings its writer gives for the whole course (what a download would lose). */
    public List<FormatWarnings> getExportWarnings() {
        if (exportWarnings == null) {
            exportWarnings = org.sala.pack.formats.QuestionFormats.names().stream()
                    .map(format -> new FormatWarnings(format, Pages.messages().getString("export.format." + format),
                            export.export(packId, java.util.Optional.empty(), format)
                                    .map(download -> download.warnings().stream().map(Object::toString).toList()).orElse(List.of())))
                    .filter(format -> !format.warnings().isEmpty()).toList();
        }
        return exportWarnings;
    }

    public Pack getPack() {
        return pack();
    }

    public List<BankLines> getBanks() {
        TimeFormat times = TimeFormat.current();
        var messages = Pages.messages();
        return workspace().banks().stream().map(bank -> new BankLines(bank.id(), bank.title(), bank.entries().stream()
                .map(entry -> new Line(entry.questionId(), entry.type(), entry.prompt(),
                        messages.getString("edit.state." + entry.state().name().toLowerCase(java.util.Locale.ROOT)),
                        entry.draft().map(draft -> MessageFormat.format(messages.getString("edit.draftBy"), draft.editor(),
                                times.dateTime(draft.updatedAt()))).orElse("")))
                .toList())).toList();
    }

    /** How a quiz's or lesson's file stands: empty when published as it is, else who saved a draft when. */
    public String fileState(String kind, String id) {
        if (paths == null) {
            paths = new java.util.HashMap<>();
            for (String each : List.of("quizzes", "lessons")) {
                authoring.paths(pack(), each).forEach((key, path) -> paths.put(each + "/" + key, path));
            }
        }
        String path = paths.get(kind + "/" + id);
        TimeFormat times = TimeFormat.current();
        return workspace().fileDrafts().stream().filter(draft -> draft.path().equals(path)).findFirst()
                .map(draft -> Pages.messages().getString("edit.state.changed") + " (" + MessageFormat.format(
                        Pages.messages().getString("edit.draftBy"), draft.editor(), times.dateTime(draft.updatedAt())) + ")").orElse("");
    }

    public List<String> getWrittenInQuizzes() {
        return workspace().writtenInQuizzes();
    }

    public int getDrafts() {
        return workspace().drafts();
    }

    public boolean isReleased() {
        return workspace().released();
    }

    public List<Release> getReleases() {
        TimeFormat times = TimeFormat.current();
        return workspace().releases().stream().map((PackRelease release) -> new Release(release.number(), release.version(),
                release.publishedBy(), times.dateTime(release.publishedAt()), release.summary())).toList();
    }

    public List<Event> getEvents() {
        TimeFormat times = TimeFormat.current();
        return workspace().events().stream().map((AuditEvent event) -> new Event(times.dateTime(event.at()), event.actor(),
                event.action(), event.detail())).toList();
    }

    public List<String> getTypes() {
        return QuestionFields.types();
    }

    public List<String> getBlocking() {
        return blocking;
    }

    public String getPackId() {
        return packId;
    }

    public void setPackId(String packId) {
        this.packId = packId;
    }

    public String getNewBank() {
        return newBank;
    }

    public void setNewBank(String newBank) {
        this.newBank = newBank;
    }

    public String getNewType() {
        return newType;
    }

    public void setNewType(String newType) {
        this.newType = newType;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
