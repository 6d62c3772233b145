package org.sala.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Row of {@code audit_event}: one {@link AuditEvent}. Rows are only ever added. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEventEntity.NEWEST, query = "SELECT e FROM AuditEventEntity e ORDER BY e.at DESC, e.id")
@NamedQuery(name = AuditEventEntity.NEWEST_ABOUT, query = "SELECT e FROM AuditEventEntity e WHERE e.subject = :subject ORDER BY e.at DESC, e.id")
@NamedQuery(name = AuditEventEntity.NEWEST_OF_PACK, query = "SELECT e FROM AuditEventEntity e WHERE e.packId = :pack ORDER BY e.at DESC, e.id")
public class AuditEventEntity {

    static final String NEWEST = "AuditEventEntity.newest";
    static final String NEWEST_OF_PACK = "AuditEventEntity.newestOfPack";
    static final String NEWEST_ABOUT = "AuditEventEntity.newestAbout";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(nullable = false, length = 50)
    private String actor;

    @Column(nullable = false, length = 50)
    private String action;

    @Column(nullable = false, length = 100)
    private String subject;

    @Column(name = "pack_id", length = 100)
    private String packId;

    @Column(nullable = false, length = 1000)
    private String detail;

    protected AuditEventEntity() {
    }

    AuditEventEntity(AuditEvent event) {
        this.id = UUID.randomUUID().toString();
        this.at = event.at().atOffset(ZoneOffset.UTC);
        this.actor = event.actor();
        this.action = event.action();
        this.subject = event.subject();
        this.packId = event.packId().orElse(null);
        this.detail = event.detail();
    }

    AuditEvent toEvent() {
        return new AuditEvent(at.toInstant(), actor, action, subject, Optional.ofNullable(packId), detail);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditEventEntity that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
