package org.sala.persistence.account;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link AccountRepository} over JPA, within the caller's transaction. */
public final class JpaAccountRepository implements AccountRepository {

    private final Supplier<EntityManager> transaction;

    /** Over one transaction's entity manager. */
    public JpaAccountRepository(EntityManager entityManager) {
        this(() -> entityManager);
    }

    /** Over whatever transaction is current when a method is called (the application's transaction boundary supplies it). */
    public JpaAccountRepository(Supplier<EntityManager> transaction) {
        this.transaction = java.util.Objects.requireNonNull(transaction, "transaction");
    }

    private EntityManager entityManager() {
        return transaction.get();
    }

    @Override
    public void add(Account account) {
        entityManager().persist(new AccountEntity(account));
    }

    @Override
    public Optional<Account> find(String username) {
        return Optional.ofNullable(entityManager().find(AccountEntity.class, username)).map(AccountEntity::toAccount);
    }

    @Override
    public long countWith(Role role) {
        return entityManager().createNamedQuery(AccountEntity.COUNT_WITH_ROLE, Long.class)
                .setParameter("pattern", "%" + role.roleName() + "%")
                .getSingleResult();
    }

    @Override
    public long countEnabledWith(Role role) {
        return entityManager().createNamedQuery(AccountEntity.COUNT_ENABLED_WITH_ROLE, Long.class)
                .setParameter("pattern", "%" + role.roleName() + "%")
                .getSingleResult();
    }

    @Override
    public void update(Account account) {
        AccountEntity found = entityManager().find(AccountEntity.class, account.username());
        if (found == null) {
            throw new IllegalArgumentException("no account '" + account.username() + "'");
        }
        found.update(account);
    }

    @Override
    public java.util.List<Account> search(String text, int limit) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return entityManager().createNamedQuery(AccountEntity.SEARCH, AccountEntity.class).setParameter("text", pattern)
                .setMaxResults(limit).getResultStream().map(AccountEntity::toAccount).toList();
    }
}
