package org.sala.persistence.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Row of {@code lesson_progress}: a lesson the learner marked as studied. */
@Entity
@Table(name = "lesson_progress")
@NamedQuery(name = LessonProgressEntity.BY_LEARNER,
        query = "SELECT p FROM LessonProgressEntity p WHERE p.learner = :learner AND p.packId = :pack")
public class LessonProgressEntity {

    static final String BY_LEARNER = "LessonProgressEntity.byLearner";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 50)
    private String learner;

    @Column(name = "pack_id", nullable = false, length = 100)
    private String packId;

    @Column(name = "lesson_id", nullable = false, length = 100)
    private String lessonId;

    @Column(name = "studied_at", nullable = false)
    private OffsetDateTime studiedAt;

    protected LessonProgressEntity() {
        // for JPA
    }

    LessonProgressEntity(String learner, String packId, String lessonId, Instant studiedAt) {
        this.id = UUID.randomUUID().toString();
        this.learner = learner;
        this.packId = packId;
        this.lessonId = lessonId;
        this.studiedAt = studiedAt.atOffset(ZoneOffset.UTC);
    }

    String lessonId() {
        return lessonId;
    }
}
