package org.sala.persistence.account;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link ThrottleRepository} over JPA (plain SQL on two tables without entities), within the caller's transaction. */
public final class JpaThrottleRepository implements ThrottleRepository {

    private final Supplier<EntityManager> transaction;

    /** Over one transaction's entity manager. */
    public JpaThrottleRepository(EntityManager entityManager) {
        this(() -> entityManager);
    }

    /** Over whatever transaction is current when a method is called. */
    public JpaThrottleRepository(Supplier<EntityManager> transaction) {
        this.transaction = Objects.requireNonNull(transaction, "transaction");
    }

    @Override
    public void failed(String key, Instant at) {
        transaction.get().createNativeQuery("INSERT INTO sign_in_failure (throttle_key, failed_at) VALUES (?, ?)")
                .setParameter(1, key).setParameter(2, at.toEpochMilli()).executeUpdate();
    }

    @Override
    public List<Instant> failuresAfter(String key, Instant horizon) {
        List<?> rows = transaction.get()
                .createNativeQuery("SELECT failed_at FROM sign_in_failure WHERE throttle_key = ? AND failed_at > ? ORDER BY failed_at")
                .setParameter(1, key).setParameter(2, horizon.toEpochMilli()).getResultList();
        return rows.stream().map(row -> Instant.ofEpochMilli(((Number) row).longValue())).toList();
    }

    @Override
    public void forget(String key) {
        transaction.get().createNativeQuery("DELETE FROM sign_in_failure WHERE throttle_key = ?").setParameter(1, key).executeUpdate();
    }

    @Override
    public int forgetBefore(Instant horizon) {
        return transaction.get().createNativeQuery("DELETE FROM sign_in_failure WHERE failed_at <= ?").setParameter(1, horizon.toEpochMilli())
                .executeUpdate();
    }

    @Override
    public Optional<String> secret(String name) {
        List<?> rows = transaction.get().createNativeQuery("SELECT secret FROM shared_secret WHERE name = ?").setParameter(1, name).getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    @Override
    public void addSecret(String name, String secret) {
        transaction.get().createNativeQuery("INSERT INTO shared_secret (name, secret) VALUES (?, ?)").setParameter(1, name).setParameter(2, secret)
                .executeUpdate();
    }
}
