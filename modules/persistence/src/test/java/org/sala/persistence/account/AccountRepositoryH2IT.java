package org.sala.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;

/** Accounts on the embedded H2 file database. */
class AccountRepositoryH2IT {

    @TempDir
    Path dataDirectory;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseSettings.h2File(dataDirectory));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Account account(String username, Role... roles) {
        return new Account(username, "Sokha Chan", "PBKDF2WithHmacSHA256:210000:salt:hash", Set.of(roles),
                Instant.parse("2026-11-28T09:00:00Z"));
    }

    private void add(Account account) {
        database.transaction(entityManager -> {
            new JpaAccountRepository(entityManager).add(account);
            return null;
        });
    }

    private Optional<Account> find(String username) {
        return database.transaction(entityManager -> new JpaAccountRepository(entityManager).find(username));
    }

    private long administrators() {
        return database.transaction(entityManager -> new JpaAccountRepository(entityManager).countWith(Role.ADMIN));
    }

    @Test
    void anAccountReadsBackEqualWithItsRoles() {
        Account sokha = account("sokha", Role.LEARNER, Role.INSTRUCTOR);

        add(sokha);

        assertThat(find("sokha")).contains(sokha);
        assertThat(find("nobody")).isEmpty();
    }

    @Test
    void aUsernameCanBeTakenOnlyOnce() {
        add(account("dara", Role.LEARNER));

        assertThatThrownBy(() -> add(account("dara", Role.ADMIN))).isInstanceOf(RuntimeException.class);
        assertThat(find("dara").orElseThrow().roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void administratorsAreCounted() {
        add(account("learner1", Role.LEARNER));
        assertThat(administrators()).isZero();

        add(account("root1", Role.ADMIN));

        assertThat(administrators()).isEqualTo(1);
    }

    @Test
    void aDisplayNameIsMeasuredAfterItsSpacesAreTrimmed() {
        var account = new Account("sokha", " " + "a".repeat(100) + " ", "PBKDF2WithHmacSHA256:210000:salt:hash", Set.of(Role.LEARNER),
                Instant.parse("2026-11-28T09:00:00Z"));

        assertThat(account.displayName()).hasSize(100);
        assertThatThrownBy(() -> new Account("sokha", "a".repeat(101), "h", Set.of(Role.LEARNER), Instant.parse("2026-11-28T09:00:00Z")))
                .hasMessage("a display name has 1 to 100 characters");
    }

    @Test
    void invalidUsernamesCannotBeBuilt() {
        assertThatThrownBy(() -> account("A b", Role.LEARNER)).hasMessageContaining("username 'A b'");
        assertThatThrownBy(() -> account("ab", Role.LEARNER)).hasMessageContaining("username 'ab'");
    }

    @Test
    void aChangedAccountKeepsItsRolesPasswordAndDisabledStateAndSearchFindsItByNameOrUsername() {
        add(account("sokha_chan", Role.LEARNER));
        add(account("dara", Role.LEARNER, Role.ADMIN));
        add(account("vannak", Role.LEARNER, Role.ADMIN));
        Account changed = find("sokha_chan").orElseThrow().withRoles(Set.of(Role.LEARNER, Role.INSTRUCTOR))
                .withPassword("PBKDF2WithHmacSHA256:210000:other:hash", true).withDisabled(true);

        database.transaction(entityManager -> {
            new JpaAccountRepository(entityManager).update(changed);
            new JpaAccountRepository(entityManager).update(find("vannak").orElseThrow().withDisabled(true));
            return null;
        });

        assertThat(find("sokha_chan")).contains(changed);
        assertThat(find("sokha_chan").orElseThrow().mustChangePassword()).isTrue();
        assertThat(administrators()).isEqualTo(2);
        long enabledAdministrators = database.transaction(entityManager -> new JpaAccountRepository(entityManager).countEnabledWith(Role.ADMIN));
        assertThat(enabledAdministrators).isEqualTo(1);
        assertThat(search("CHAN", 10)).extracting(Account::username).containsExactly("dara", "sokha_chan", "vannak");
        assertThat(search("_ch", 10)).extracting(Account::username).containsExactly("sokha_chan");
        assertThat(search("", 2)).hasSize(2);
    }

    private java.util.List<Account> search(String text, int limit) {
        return database.transaction(entityManager -> new JpaAccountRepository(entityManager).search(text, limit));
    }
}
