package org.sala.persistence.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One change to people's rights, as the audit list shows it: when, who did it, what, to whom, in which course.
 *
 * @param action  what was done, e.g. {@code GRANT_EDITOR}, {@code REVOKE_EDITOR}, {@code REGRADE}
 * @param subject the account (or quiz) it was done to
 * @param detail  one line for people
 */
public record AuditEvent(Instant at, String actor, String action, String subject, Optional<String> packId, String detail) {

    public AuditEvent {
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(detail, "detail");
    }
}
