package org.sala.persistence.account;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** {@link AccountRepository} over one {@link EntityManager}, i.e. one transaction. */
public final class JpaAccountRepository implements AccountRepository {

    private final EntityManager entityManager;

    public JpaAccountRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(Account account) {
        entityManager.persist(new AccountEntity(account));
    }

    @Override
    public Optional<Account> find(String username) {
        return Optional.ofNullable(entityManager.find(AccountEntity.class, username)).map(AccountEntity::toAccount);
    }

    @Override
    public long countWith(Role role) {
        return entityManager.createNamedQuery(AccountEntity.COUNT_WITH_ROLE, Long.class)
                .setParameter("pattern", "%" + role.roleName() + "%")
                .getSingleResult();
    }
}
