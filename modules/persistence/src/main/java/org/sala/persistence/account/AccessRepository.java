package org.sala.persistence.account;

import java.util.List;

/** Course editing rights and the audit of changes to rights, within the caller's transaction. */
public interface AccessRepository {

    /** Grants the right; false (and nothing changed) when the account had it already. */
    boolean grant(CourseEditor editor);

    /** Takes the right away; false when the account did not have it. */
    boolean revoke(String username, String packId);

    boolean mayEdit(String username, String packId);

    /** Every editing right, by course then account. */
    List<CourseEditor> editors();

    void record(AuditEvent event);

    /** The newest events first, at most {@code limit}. */
    List<AuditEvent> events(int limit);

    /** The newest events about one course first, at most {@code limit}. */
    List<AuditEvent> events(String packId, int limit);

    /** The newest events done to one account (or quiz) first, at most {@code limit}. */
    List<AuditEvent> eventsAbout(String subject, int limit);
}
