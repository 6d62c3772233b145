package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.sala.pack.model.Pack;
import org.sala.persistence.account.Account;
import org.sala.persistence.account.AuditEvent;
import org.sala.persistence.account.Role;
import org.sala.web.account.AccessService;
import org.sala.web.account.CurrentUser;
import org.sala.web.account.PasswordRules;
import org.sala.web.account.PeopleService;
import org.sala.web.content.PackCatalog;

/**
 * For administrators (the container refuses everyone else): find accounts; for one account, its roles, the
 * courses it may edit, whether it may sign in, and the changes made to it; grant and take away roles and
 * course rights, disable and enable it, give it a temporary password. Parameters {@code q} (the search) and
 * {@code user} (the account shown).
 */
@Named
@RequestScoped
public class PeoplePage {

    @Inject
    PeopleService people;

    @Inject
    AccessService access;

    @Inject
    PackCatalog catalog;

    @Inject
    CurrentUser currentUser;

    private String text = "";
    private String user;
    private String course;
    private String temporary;
    private String shownPassword;
    private List<PeopleService.Person> found;
    private PeopleService.Details details;

    /** An account as the list shows it. */
    public record Line(String username, String name, String roles, String courses, String state, String link) {
    }

    /** An audit event as the lists show it. */
    public record Event(String at, String actor, String detail) {
    }

    /**
     * The account shown and the search come as plain request parameters, on the first request and on every
     * form post (each form carries them as hidden fields), so that what the page renders on a postback (which
     * buttons exist) is known before Faces decides which button was pressed.
     */
    @jakarta.annotation.PostConstruct
    void parameters() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        setText(parameters.get("q"));
        setUser(parameters.get("user"));
    }

    public void load() {
        found = people.find(text);
        details = user == null || user.isBlank() ? null : people.details(user).orElse(null);
    }

    public List<Line> getLines() {
        if (found == null) {
            load();
        }
        ResourceBundle messages = Pages.messages();
        return found.stream().map(person -> new Line(person.account().username(), person.account().displayName(), roles(person.account(), messages),
                person.courses().stream().map(editor -> title(editor.packId())).collect(Collectors.joining(", ")),
                state(person.account(), messages), "people.xhtml?q=" + encode(text) + "&user=" + encode(person.account().username()))).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    static String roles(Account account, ResourceBundle messages) {
        return account.roles().stream().sorted().map(role -> messages.getString("people.role." + role.name())).collect(Collectors.joining(", "));
    }

    static String state(Account account, ResourceBundle messages) {
        if (account.disabled()) {
            return messages.getString("people.disabled");
        }
        return account.mustChangePassword() ? messages.getString("people.temporaryState") : messages.getString("people.active");
    }

    private String title(String packId) {
        return catalog.pack(packId).map(pack -> pack.info().title()).orElse(packId);
    }

    public PeopleService.Details getDetails() {
        if (found == null) {
            load();
        }
        return details;
    }

    public String getDetailsRoles() {
        return details == null ? "" : roles(details.person().account(), Pages.messages());
    }

    public String getDetailsState() {
        return details == null ? "" : state(details.person().account(), Pages.messages());
    }

    public boolean has(String role) {
        return details != null && details.person().account().has(Role.valueOf(role));
    }

    public List<Event> getDetailsEvents() {
        return details == null ? List.of() : events(details.events());
    }

    /** The newest changes to anyone's rights. */
    public List<Event> getEvents() {
        return events(access.overview().events());
    }

    private static List<Event> events(List<AuditEvent> events) {
        TimeFormat times = TimeFormat.current();
        return events.stream().map(event -> new Event(times.dateTime(event.at()), event.actor(), event.detail())).toList();
    }

    /** A course the account may edit, as the list shows it. */
    public record CourseLine(String packId, String title) {
    }

    public List<CourseLine> getDetailsCourses() {
        return details == null ? List.of() : details.person().courses().stream().map(editor -> new CourseLine(editor.packId(), title(editor.packId()))).toList();
    }

    public List<Pack> getCourses() {
        return catalog.packs();
    }

    private String actor() {
        return currentUser.username().orElseThrow();
    }

    public String grant(String role) {
        return done(people.grant(actor(), user, Role.valueOf(role)), "people.granted", Pages.messages().getString("people.role." + role));
    }

    public String revoke(String role) {
        return done(people.revoke(actor(), user, Role.valueOf(role)), "people.revoked", Pages.messages().getString("people.role." + role));
    }

    public String disable() {
        return done(people.setDisabled(actor(), user, true), "people.disabledDone", "");
    }

    public String enable() {
        return done(people.setDisabled(actor(), user, false), "people.enabledDone", "");
    }

    public String grantCourse() {
        Optional<AccessService.Refused> refused = access.grant(actor(), user, course);
        return done(refused.map(found -> new PeopleService.Refused("course", found.messageKey())), "people.courseGranted", title(course));
    }

    public String revokeCourse(String packId) {
        access.revoke(actor(), user, packId);
        return done(Optional.empty(), "people.courseRevoked", title(packId));
    }

    /** Sets the temporary password and shows it once, on this response only (it is in no record and no redirect). */
    public String setTemporaryPassword() {
        PeopleService.Temporary result = people.temporaryPassword(actor(), user, temporary);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (result.refused().isPresent()) {
            faces.addMessage(result.refused().get().field().equals("temporary") ? "temporary:value" : null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(Pages.messages().getString(result.refused().get().messageKey()), PasswordRules.MINIMUM_LENGTH), null));
            faces.validationFailed();
        } else {
            shownPassword = result.password().orElseThrow();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    MessageFormat.format(Pages.messages().getString("people.temporarySet"), user), null));
        }
        temporary = null;
        load();
        return null;
    }

    private String done(Optional<PeopleService.Refused> refused, String doneKey, String what) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refused.isPresent()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Pages.messages().getString(refused.get().messageKey()), null));
            load();
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, MessageFormat.format(Pages.messages().getString(doneKey), user, what), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/people?faces-redirect=true&q=" + encode(text) + "&user=" + encode(user);
    }

    public String getShownPassword() {
        return shownPassword;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getTemporary() {
        return temporary;
    }

    public void setTemporary(String temporary) {
        this.temporary = temporary;
    }
}
