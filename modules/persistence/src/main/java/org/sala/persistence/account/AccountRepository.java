package org.sala.persistence.account;

import java.util.Optional;

/** Accounts in storage, within the caller's transaction. */
public interface AccountRepository {

    /** Stores a new account. The caller checks the username is free first (a clash also fails at commit). */
    void add(Account account);

    Optional<Account> find(String username);

    /** How many accounts have this role (is there an administrator yet?). */
    long countWith(Role role);
}
