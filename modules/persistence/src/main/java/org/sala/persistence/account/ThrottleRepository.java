package org.sala.persistence.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the sign-in throttle remembers, in the database so that every node of a deployment counts the same
 * failures, and the secrets the nodes share; within the caller's transaction.
 */
public interface ThrottleRepository {

    /** Remembers a failed sign-in under this key. */
    void failed(String key, Instant at);

    /** The failures under this key after {@code horizon}, oldest first. */
    List<Instant> failuresAfter(String key, Instant horizon);

    /** Forgets the failures under this key. */
    void forget(String key);

    /** Deletes every failure at or before {@code horizon}; how many. */
    int forgetBefore(Instant horizon);

    /** The shared secret of this name, if a node has made it. */
    Optional<String> secret(String name);

    /** Stores a new shared secret; fails at commit when another node stored one of this name first. */
    void addSecret(String name, String secret);
}
