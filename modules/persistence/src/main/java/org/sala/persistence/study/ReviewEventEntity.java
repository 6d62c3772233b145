package org.sala.persistence.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.sala.engine.review.Rating;
import org.sala.engine.review.ReviewEvent;

/** Row of {@code review_event}: one answer in spaced review, rated. Rows are only ever added. */
@Entity
@Table(name = "review_event")
@NamedQuery(name = ReviewEventEntity.BY_LEARNER,
        query = "SELECT r FROM ReviewEventEntity r WHERE r.learner = :learner AND r.packId = :pack ORDER BY r.reviewedAt, r.id")
public class ReviewEventEntity {

    static final String BY_LEARNER = "ReviewEventEntity.byLearner";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 50)
    private String learner;

    @Column(name = "pack_id", nullable = false, length = 100)
    private String packId;

    @Column(name = "question_id", nullable = false, length = 100)
    private String questionId;

    @Column(name = "reviewed_at", nullable = false)
    private OffsetDateTime reviewedAt;

    @Column(nullable = false, length = 10)
    private String rating;

    protected ReviewEventEntity() {
        // for JPA
    }

    ReviewEventEntity(String learner, String packId, String questionId, ReviewEvent event) {
        this.id = UUID.randomUUID().toString();
        this.learner = learner;
        this.packId = packId;
        this.questionId = questionId;
        this.reviewedAt = event.at().atOffset(ZoneOffset.UTC);
        this.rating = event.rating().name();
    }

    String questionId() {
        return questionId;
    }

    ReviewEvent toEvent() {
        return new ReviewEvent(reviewedAt.toInstant(), Rating.valueOf(rating));
    }
}
