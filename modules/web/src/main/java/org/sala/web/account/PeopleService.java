package org.sala.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sala.persistence.account.AccessRepository;
import org.sala.persistence.account.Account;
import org.sala.persistence.account.AccountRepository;
import org.sala.persistence.account.AuditEvent;
import org.sala.persistence.account.CourseEditor;
import org.sala.persistence.account.Role;
import org.sala.web.database.SalaDatabase;

/**
 * People, for administrators: find accounts, see their roles and the courses they may edit, grant and take away
 * the instructor and administrator roles, disable and enable an account (a disabled account cannot sign in, and
 * a session it has ends at its next request; its data stays), and set a temporary password its owner must
 * change at the next sign-in. Every change is recorded in the audit list. No change may leave Sala without an
 * administrator who can sign in, and nobody disables their own account.
 */
@ApplicationScoped
public class PeopleService {

    /** How many accounts a search lists. */
    public static final int FOUND_AT_MOST = 50;

    /** How many events about one account the page lists. */
    public static final int EVENTS_ABOUT = 50;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String READABLE = "abcdefghjkmnpqrstuvwxyz23456789";

    @Inject
    Clock clock;

    @Inject
    SalaDatabase database;

    @Inject
    AccountRepository accounts;

    @Inject
    AccessRepository access;

    @Inject
    AccountService accountService;

    /** An account with the courses it may edit. */
    public record Person(Account account, List<CourseEditor> courses) {
    }

    /** Why a change was not made: a message key, and the form field it is about. */
    public record Refused(String field, String messageKey) {
    }

    /** Accounts whose username or name contains the text, by username (at most {@link #FOUND_AT_MOST}). */
    public List<Person> find(String text) {
        return database.read(() -> {
            List<CourseEditor> editors = access.editors();
            return accounts.search(text, FOUND_AT_MOST).stream()
                    .map(account -> new Person(account, editors.stream().filter(editor -> editor.username().equals(account.username())).toList()))
                    .toList();
        });
    }

    /** One account with its courses and the newest changes made to it. */
    public record Details(Person person, List<AuditEvent> events) {
    }

    public Optional<Details> details(String username) {
        return database.read(() -> accounts.find(normalized(username)).map(account -> new Details(
                new Person(account, access.editors().stream().filter(editor -> editor.username().equals(account.username())).toList()),
                access.eventsAbout(account.username(), EVENTS_ABOUT))));
    }

    /** Gives the account the role (instructor or administrator). */
    public Optional<Refused> grant(String actor, String username, Role role) {
        return change(actor, username, account -> {
            if (account.has(role)) {
                return Optional.of(new Refused("role", "people.alreadyHas"));
            }
            EnumSet<Role> roles = EnumSet.copyOf(account.roles());
            roles.add(role);
            accounts.update(account.withRoles(roles));
            record(actor, "GRANT_ROLE", account.username(), account.username() + " is now " + role.roleName());
            return Optional.empty();
        });
    }

    /** Takes the role away; refused for the learner role, and for the last administrator who can sign in. */
    public Optional<Refused> revoke(String actor, String username, Role role) {
        return change(actor, username, account -> {
            if (role == Role.LEARNER) {
                return Optional.of(new Refused("role", "people.learnerStays"));
            }
            if (!account.has(role)) {
                return Optional.of(new Refused("role", "people.hasNot"));
            }
            if (role == Role.ADMIN && !account.disabled() && accounts.countEnabledWith(Role.ADMIN) <= 1) {
                return Optional.of(new Refused("role", "people.lastAdmin"));
            }
            Set<Role> roles = EnumSet.copyOf(account.roles());
            roles.remove(role);
            accounts.update(account.withRoles(roles));
            record(actor, "REVOKE_ROLE", account.username(), account.username() + " is no longer " + role.roleName());
            return Optional.empty();
        });
    }

    /** Disables the account (it cannot sign in; its sessions end; its data stays) or enables it again. */
    public Optional<Refused> setDisabled(String actor, String username, boolean disabled) {
        return change(actor, username, account -> {
            if (account.disabled() == disabled) {
                return Optional.of(new Refused("account", disabled ? "people.alreadyDisabled" : "people.alreadyEnabled"));
            }
            if (disabled && account.username().equals(actor)) {
                return Optional.of(new Refused("account", "people.notYourself"));
            }
            if (disabled && account.has(Role.ADMIN) && accounts.countEnabledWith(Role.ADMIN) <= 1) {
                return Optional.of(new Refused("account", "people.lastAdmin"));
            }
            accounts.update(account.withDisabled(disabled));
            record(actor, disabled ? "DISABLE_ACCOUNT" : "ENABLE_ACCOUNT", account.username(),
                    account.username() + (disabled ? " may no longer sign in" : " may sign in again"));
            return Optional.empty();
        });
    }

    /** A temporary password set: the password to pass on (once), or why not. */
    public record Temporary(Optional<String> password, Optional<Refused> refused) {
    }

    /**
     * Sets a temporary password, the one given or (when blank) a new random one of 16 letters and digits; its
     * owner must choose their own at the next sign-in. The password itself is in no record.
     */
    public Temporary temporaryPassword(String actor, String username, String given) {
        String password = given == null || given.isBlank() ? random() : given;
        List<String> problems = PasswordRules.problems(normalized(username), password);
        if (!problems.isEmpty()) {
            return new Temporary(Optional.empty(), Optional.of(new Refused("temporary", problems.get(0))));
        }
        String hashed = accountService.hash(password);
        Optional<Refused> refused = change(actor, username, account -> {
            accounts.update(account.withPassword(hashed, true));
            record(actor, "TEMPORARY_PASSWORD", account.username(), account.username() + " has a temporary password to change at the next sign-in");
            return Optional.empty();
        });
        return refused.isPresent() ? new Temporary(Optional.empty(), refused) : new Temporary(Optional.of(password), Optional.empty());
    }

    private static String random() {
        var out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
        }
        return out.toString();
    }

    private interface Change {
        Optional<Refused> apply(Account account);
    }

    /**
     * Runs one change to an account in a transaction. Changes run one at a time on a node, so two administrators
     * cannot take the administrator role from each other at the same moment and leave nobody (on one node; see
     * the README for clusters).
     */
    private synchronized Optional<Refused> change(String actor, String username, Change change) {
        String name = normalized(username);
        Optional<Refused> refused = database.write(() -> {
            Optional<Account> account = accounts.find(name);
            if (account.isEmpty()) {
                return Optional.of(new Refused("username", "people.unknown"));
            }
            return change.apply(account.get());
        });
        accountService.forget(name);
        return refused;
    }

    private void record(String actor, String action, String subject, String detail) {
        access.record(new AuditEvent(clock.instant(), actor, action, subject, Optional.empty(), detail));
    }

    private static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
