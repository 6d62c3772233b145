package org.sala.persistence.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Row of {@code enrolment}: one per learner and pack. */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = EnrolmentEntity.FIND, query = "SELECT e FROM EnrolmentEntity e WHERE e.learner = :learner AND e.packId = :pack")
public class EnrolmentEntity {

    static final String FIND = "EnrolmentEntity.find";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 50)
    private String learner;

    @Column(name = "pack_id", nullable = false, length = 100)
    private String packId;

    @Column(name = "enrolled_at", nullable = false)
    private OffsetDateTime enrolledAt;

    @Column(name = "last_lesson_id", length = 100)
    private String lastLessonId;

    @Column(name = "last_visited_at")
    private OffsetDateTime lastVisitedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected EnrolmentEntity() {
        // for JPA
    }

    EnrolmentEntity(String learner, String packId, Instant enrolledAt) {
        this.id = UUID.randomUUID().toString();
        this.learner = learner;
        this.packId = packId;
        this.enrolledAt = enrolledAt.atOffset(ZoneOffset.UTC);
    }

    void visit(String lessonId, Instant at) {
        this.lastLessonId = lessonId;
        this.lastVisitedAt = at.atOffset(ZoneOffset.UTC);
    }

    Enrolment toEnrolment() {
        return new Enrolment(learner, packId, enrolledAt.toInstant(), Optional.ofNullable(lastLessonId),
                Optional.ofNullable(lastVisitedAt).map(OffsetDateTime::toInstant));
    }
}
