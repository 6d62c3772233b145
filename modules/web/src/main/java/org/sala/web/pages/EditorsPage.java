package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import org.sala.pack.model.Pack;
import org.sala.persistence.account.AuditEvent;
import org.sala.persistence.account.CourseEditor;
import org.sala.web.account.AccessService;
import org.sala.web.account.CurrentUser;
import org.sala.web.content.PackCatalog;

/**
 * For administrators (the container refuses everyone else, see web.xml): who may edit which course. Grant
 * the right to an account for one course, take it away, and read the audit list of every change to rights.
 */
@Named
@RequestScoped
public class EditorsPage {

    /** One editing right as the list shows it. */
    public record Line(String username, String packId, String course, String grantedBy, String grantedAt) {
    }

    /** One audit event as the list shows it. */
    public record Event(String at, String actor, String action, String subject, String detail) {
    }

    @Inject
    AccessService access;

    @Inject
    PackCatalog catalog;

    @Inject
    CurrentUser currentUser;

    private String username;
    private String course;
    private AccessService.Overview overview;

    private AccessService.Overview overview() {
        if (overview == null) {
            overview = access.overview();
        }
        return overview;
    }

    public String grant() {
        Optional<AccessService.Refused> refused = access.grant(currentUser.username().orElseThrow(), username, course);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refused.isPresent()) {
            faces.addMessage("editors:" + refused.get().field(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Pages.messages().getString(refused.get().messageKey()), null));
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, MessageFormat.format(Pages.messages().getString("access.granted"),
                username.strip().toLowerCase(java.util.Locale.ROOT), title(course)), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/editors?faces-redirect=true";
    }

    public String revoke(String editor, String packId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (access.revoke(currentUser.username().orElseThrow(), editor, packId)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    MessageFormat.format(Pages.messages().getString("access.revoked"), editor, title(packId)), null));
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/editors?faces-redirect=true";
    }

    private String title(String packId) {
        return catalog.pack(packId).map(pack -> pack.info().title()).orElse(packId);
    }

    public List<Line> getLines() {
        TimeFormat times = TimeFormat.current();
        return overview().editors().stream().map((CourseEditor editor) -> new Line(editor.username(), editor.packId(),
                title(editor.packId()), editor.grantedBy(), times.dateTime(editor.grantedAt()))).toList();
    }

    public List<Event> getEvents() {
        TimeFormat times = TimeFormat.current();
        return overview().events().stream().map((AuditEvent event) -> new Event(times.dateTime(event.at()), event.actor(),
                event.action(), event.subject(), event.detail())).toList();
    }

    public List<Pack> getCourses() {
        return catalog.packs();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }
}
