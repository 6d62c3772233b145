package org.sala.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.stream.Collectors;

/** Row of {@code account}; equal by username. Roles are stored as a comma-separated list of role names. */
@Entity
@Table(name = "account")
@NamedQuery(name = AccountEntity.COUNT_WITH_ROLE, query = "SELECT COUNT(a) FROM AccountEntity a WHERE a.roles LIKE :pattern")
@NamedQuery(name = AccountEntity.COUNT_ENABLED_WITH_ROLE,
        query = "SELECT COUNT(a) FROM AccountEntity a WHERE a.roles LIKE :pattern AND a.disabled = FALSE")
@NamedQuery(name = AccountEntity.SEARCH, query = "SELECT a FROM AccountEntity a WHERE LOWER(a.username) LIKE :text"
        + " OR LOWER(a.displayName) LIKE :text ORDER BY a.username")
public class AccountEntity {

    static final String COUNT_WITH_ROLE = "AccountEntity.countWithRole";
    static final String COUNT_ENABLED_WITH_ROLE = "AccountEntity.countEnabledWithRole";
    static final String SEARCH = "AccountEntity.search";

    @Id
    @Column(length = 50)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false, length = 100)
    private String roles;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private boolean disabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected AccountEntity() {
        // for JPA
    }

    AccountEntity(Account account) {
        this.username = account.username();
        this.createdAt = account.createdAt().atOffset(ZoneOffset.UTC);
        update(account);
    }

    /** Takes over everything but the username and the creation time. */
    void update(Account account) {
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.roles = account.roles().stream().map(Role::roleName).sorted().collect(Collectors.joining(","));
        this.disabled = account.disabled();
        this.mustChangePassword = account.mustChangePassword();
    }

    Account toAccount() {
        var parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .forEach(name -> parsed.add(Role.valueOf(name.toUpperCase(java.util.Locale.ROOT))));
        return new Account(username, displayName, passwordHash, parsed, createdAt.toInstant(), disabled, mustChangePassword);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountEntity account && Objects.equals(username, account.username);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }
}
