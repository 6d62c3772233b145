package org.sala.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sala.persistence.account.AccessRepository;
import org.sala.persistence.account.AccountRepository;
import org.sala.persistence.account.AuditEvent;
import org.sala.persistence.account.CourseEditor;
import org.sala.web.content.PackCatalog;
import org.sala.web.database.SalaDatabase;

/**
 * Who may edit which course. Administrators grant and take away the right per course and account; every
 * change is recorded in the audit list (who, when, what). Administrators may edit every course. Changing a
 * course's grades (a regrade) needs the right too.
 */
@ApplicationScoped
public class AccessService {

    /** How many audit events the administration page lists. */
    public static final int EVENTS_LISTED = 200;

    @Inject
    Clock clock;

    @Inject
    SalaDatabase database;

    @Inject
    AccessRepository access;

    @Inject
    AccountRepository accounts;

    @Inject
    PackCatalog catalog;

    /** Why a change of rights was not made: a message key naming the field it is about. */
    public record Refused(String field, String messageKey) {
    }

    /** Gives {@code username} the right to edit the course; why not, when it cannot. */
    public Optional<Refused> grant(String admin, String username, String packId) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (packId == null || catalog.pack(packId).isEmpty()) {
            return Optional.of(new Refused("course", "access.unknownCourse"));
        }
        return database.write(() -> {
            if (accounts.find(name).isEmpty()) {
                return Optional.of(new Refused("username", "access.unknownAccount"));
            }
            if (!access.grant(new CourseEditor(name, packId, admin, clock.instant()))) {
                return Optional.of(new Refused("username", "access.already"));
            }
            access.record(new AuditEvent(clock.instant(), admin, "GRANT_EDITOR", name, Optional.of(packId), name + " may edit " + packId));
            return Optional.empty();
        });
    }

    /**
     * The demo run's instructor may edit (and so see the gradebook of) every course loaded, so that the demo
     * shows the instructor's pages; granted once, recorded as done by "demo".
     */
    public void grantDemoRights(String username) {
        for (var pack : catalog.packs()) {
            database.run(() -> {
                if (accounts.find(username).isPresent() && access.grant(new CourseEditor(username, pack.id(), "demo", clock.instant()))) {
                    access.record(new AuditEvent(clock.instant(), "demo", "GRANT_EDITOR", username, Optional.of(pack.id()),
                            username + " may edit " + pack.id() + " (demo run)"));
                }
            });
        }
    }

    /** Takes the right away; false when the account did not have it. */
    public boolean revoke(String admin, String username, String packId) {
        return database.write(() -> {
            boolean revoked = access.revoke(username, packId);
            if (revoked) {
                access.record(new AuditEvent(clock.instant(), admin, "REVOKE_EDITOR", username, Optional.of(packId),
                        username + " may no longer edit " + packId));
            }
            return revoked;
        });
    }

    /** Whether the account may edit (and regrade) the course: administrators always, others with the right. */
    public boolean mayEdit(String username, boolean admin, String packId) {
        return admin || database.read(() -> access.mayEdit(username, packId));
    }

    /** What the administration page shows: every editing right, and the newest audit events. */
    public record Overview(List<CourseEditor> editors, List<AuditEvent> events) {
    }

    public Overview overview() {
        return database.read(() -> new Overview(access.editors(), access.events(EVENTS_LISTED)));
    }
}
