package org.sala.persistence.account;

import java.util.Optional;

/** Accounts in storage, within the caller's transaction. */
public interface AccountRepository {

    /** Stores a new account. The caller checks the username is free first (a clash also fails at commit). */
    void add(Account account);

    Optional<Account> find(String username);

    /** How many accounts have this role (is there an administrator yet?). */
    long countWith(Role role);

    /** How many accounts that are not disabled have this role (would a change leave no administrator?). */
    long countEnabledWith(Role role);

    /** Stores a changed account (roles, password, disabled); the username and creation time stay. */
    void update(Account account);

    /**
     * Accounts whose username or display name contains {@code text} (any case), by username, at most {@code limit};
     * every account for an empty text.
     */
    java.util.List<Account> search(String text, int limit);
}
