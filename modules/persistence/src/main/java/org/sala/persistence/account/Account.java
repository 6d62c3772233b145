package org.sala.persistence.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An account as stored. The username is the business key: 3 to 50 lower-case letters, digits, dots,
 * hyphens or underscores, starting with a letter or digit. The password is only ever held as its hash.
 * A disabled account cannot sign in (its data stays); one with a temporary password must change it first.
 */
public record Account(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt,
                      boolean disabled, boolean mustChangePassword) {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    public Account {
        Objects.requireNonNull(username, "username");
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username '" + username + "' is not 3 to 50 lower-case letters, digits, '.', '-' or '_'");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            throw new IllegalArgumentException("a display name has 1 to 100 characters");
        }
        displayName = displayName.strip();
        Objects.requireNonNull(passwordHash, "passwordHash");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("account '" + username + "' has no role");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new account: enabled, with the password its owner chose. */
    public Account(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this(username, displayName, passwordHash, roles, createdAt, false, false);
    }

    public Account withRoles(Set<Role> changed) {
        return new Account(username, displayName, passwordHash, changed, createdAt, disabled, mustChangePassword);
    }

    public Account withDisabled(boolean off) {
        return new Account(username, displayName, passwordHash, roles, createdAt, off, mustChangePassword);
    }

    /** The account with a new password hash; {@code temporary} when its owner must change it at next sign-in. */
    public Account withPassword(String hash, boolean temporary) {
        return new Account(username, displayName, hash, roles, createdAt, disabled, temporary);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
