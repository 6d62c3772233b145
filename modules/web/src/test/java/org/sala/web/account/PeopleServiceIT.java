package org.sala.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;
import org.sala.persistence.account.Account;
import org.sala.persistence.account.Role;
import org.sala.web.TestClock;
import org.sala.web.database.SalaDatabase;

/** Administrators managing people on the embedded database: roles, the last administrator, disabled accounts, temporary passwords. */
class PeopleServiceIT {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dataDirectory;

    private Database opened;
    private SalaDatabase database;
    private PeopleService people;
    private AccountService accounts;
    private TestClock clock;

    /** Hashing without 210,000 iterations: what these tests check is who may do what, not the hash. */
    private static final class QuickHash implements Pbkdf2PasswordHash {
        @Override
        public void initialize(Map<String, String> parameters) {
        }

        @Override
        public String generate(char[] password) {
            return "quick:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            return hashedPassword.equals(generate(password));
        }
    }

    @BeforeEach
    void wire() {
        opened = Database.open(DatabaseSettings.h2File(dataDirectory));
        database = SalaDatabase.over(opened);
        clock = new TestClock(MONDAY);
        accounts = new AccountService();
        accounts.clock = clock;
        accounts.database = database;
        accounts.accounts = database.accounts();
        accounts.passwordHash = new QuickHash();
        people = new PeopleService();
        people.clock = clock;
        people.database = database;
        people.accounts = database.accounts();
        people.access = database.access();
        people.accountService = accounts;
        add("root", Role.LEARNER, Role.INSTRUCTOR, Role.ADMIN);
        add("sokha", Role.LEARNER);
        add("dara", Role.LEARNER, Role.INSTRUCTOR);
    }

    private void add(String username, Role... roles) {
        database.run(() -> database.accounts().add(new Account(username, username.toUpperCase(), "quick:the right old password", Set.of(roles), MONDAY)));
    }

    @AfterEach
    void close() {
        opened.close();
    }

    private Account account(String username) {
        return accounts.find(username).orElseThrow();
    }

    @Test
    void anAdministratorGrantsAndTakesAwayRolesAndEveryChangeIsRecorded() {
        assertThat(people.grant("root", "Sokha", Role.INSTRUCTOR)).isEmpty();
        assertThat(account("sokha").roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.INSTRUCTOR);
        assertThat(people.grant("root", "sokha", Role.INSTRUCTOR)).contains(new PeopleService.Refused("role", "people.alreadyHas"));
        clock.advance(Duration.ofMinutes(1));
        assertThat(people.revoke("root", "sokha", Role.INSTRUCTOR)).isEmpty();
        assertThat(people.revoke("root", "sokha", Role.LEARNER)).contains(new PeopleService.Refused("role", "people.learnerStays"));
        assertThat(people.grant("root", "nobody", Role.ADMIN)).contains(new PeopleService.Refused("username", "people.unknown"));

        assertThat(account("sokha").roles()).containsExactly(Role.LEARNER);
        assertThat(people.details("sokha").orElseThrow().events()).extracting(event -> event.action() + " by " + event.actor())
                .containsExactly("REVOKE_ROLE by root", "GRANT_ROLE by root");
        assertThat(people.find("SOK")).extracting(person -> person.account().username()).containsExactly("sokha");
    }

    @Test
    void theLastAdministratorWhoCanSignInCannotBeRemovedOrDisabledNorRemoveThemselves() {
        assertThat(people.revoke("root", "root", Role.ADMIN)).contains(new PeopleService.Refused("role", "people.lastAdmin"));
        assertThat(people.setDisabled("root", "root", true)).contains(new PeopleService.Refused("account", "people.notYourself"));

        people.grant("root", "dara", Role.ADMIN);
        people.setDisabled("root", "dara", true);
        assertThat(people.revoke("root", "root", Role.ADMIN)).as("the other administrator is disabled")
                .contains(new PeopleService.Refused("role", "people.lastAdmin"));
        people.setDisabled("root", "dara", false);
        assertThat(people.revoke("dara", "root", Role.ADMIN)).isEmpty();
        assertThat(people.setDisabled("root", "dara", true)).as("dara is the last administrator now")
                .contains(new PeopleService.Refused("account", "people.lastAdmin"));
        assertThat(account("root").has(Role.ADMIN)).isFalse();
        assertThat(account("dara").has(Role.ADMIN)).isTrue();
    }

    @Test
    void aDisabledAccountFailsItsPasswordCheckIsSeenAtOnceOnThisNodeAndKeepsItsData() {
        assertThat(accounts.status("sokha").orElseThrow().disabled()).isFalse();
        assertThat(people.setDisabled("root", "sokha", true)).isEmpty();

        assertThat(accounts.status("sokha").orElseThrow().disabled()).as("the node that changed it forgets what it read").isTrue();
        assertThat(accounts.verify("sokha", "the right old password")).as("verify still knows the password; the identity store refuses the disabled")
                .hasValueSatisfying(account -> assertThat(account.disabled()).isTrue());
        assertThat(people.setDisabled("root", "sokha", true)).contains(new PeopleService.Refused("account", "people.alreadyDisabled"));
        assertThat(people.setDisabled("root", "sokha", false)).isEmpty();
        assertThat(account("sokha").displayName()).isEqualTo("SOKHA");
    }

    @Test
    void aTemporaryPasswordReplacesTheOldOneUntilTheOwnerChoosesTheirOwn() {
        PeopleService.Temporary random = people.temporaryPassword("root", "sokha", "");
        assertThat(random.password()).hasValueSatisfying(password -> assertThat(password).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"));
        assertThat(people.temporaryPassword("root", "sokha", "short").refused()).contains(new PeopleService.Refused("temporary", "password.tooShort"));

        PeopleService.Temporary given = people.temporaryPassword("root", "sokha", "a temporary one for monday");
        assertThat(given.password()).contains("a temporary one for monday");
        assertThat(account("sokha").mustChangePassword()).isTrue();
        assertThat(accounts.verify("sokha", "the right old password")).isEmpty();
        assertThat(people.details("sokha").orElseThrow().events()).allSatisfy(event -> assertThat(event.detail()).doesNotContain("monday"));

        assertThat(accounts.changePassword("sokha", "wrong", "my own long passphrase", "my own long passphrase"))
                .containsEntry("current", java.util.List.of("password.currentWrong"));
        assertThat(accounts.changePassword("sokha", "a temporary one for monday", "my own long passphrase", "my own long typo"))
                .containsEntry("repeat", java.util.List.of("password.mismatch"));
        assertThat(accounts.changePassword("sokha", "a temporary one for monday", "a temporary one for monday", "a temporary one for monday"))
                .containsEntry("password", java.util.List.of("password.same"));
        assertThat(accounts.changePassword("sokha", "a temporary one for monday", "my own long passphrase", "my own long passphrase")).isEmpty();
        assertThat(account("sokha").mustChangePassword()).isFalse();
        assertThat(accounts.verify("sokha", "my own long passphrase")).isPresent();
        assertThat(Optional.ofNullable(people.temporaryPassword("root", "nobody", "").refused().orElse(null)))
                .contains(new PeopleService.Refused("username", "people.unknown"));
    }
}
