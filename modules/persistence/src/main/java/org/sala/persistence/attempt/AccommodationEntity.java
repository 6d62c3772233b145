package org.sala.persistence.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.sala.engine.attempt.Accommodation;

/** Row of {@code accommodation}: one learner's exception to one quiz's rules. */
@Entity
@Table(name = "accommodation")
@NamedQuery(name = AccommodationEntity.FIND,
        query = "SELECT a FROM AccommodationEntity a WHERE a.learner = :learner AND a.packId = :pack AND a.quizId = :quiz")
@NamedQuery(name = AccommodationEntity.BY_PACK,
        query = "SELECT a FROM AccommodationEntity a WHERE a.packId = :pack ORDER BY a.learner, a.quizId")
@NamedQuery(name = AccommodationEntity.ALL, query = "SELECT a FROM AccommodationEntity a")
public class AccommodationEntity {

    static final String FIND = "AccommodationEntity.find";
    static final String BY_PACK = "AccommodationEntity.byPack";
    static final String ALL = "AccommodationEntity.all";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 50)
    private String learner;

    @Column(name = "pack_id", nullable = false, length = 100)
    private String packId;

    @Column(name = "quiz_id", nullable = false, length = 100)
    private String quizId;

    @Column(name = "time_factor", nullable = false, precision = 6, scale = 3)
    private BigDecimal timeFactor;

    @Column(name = "extra_seconds", nullable = false)
    private long extraSeconds;

    @Column(name = "closes_at")
    private OffsetDateTime closesAt;

    @Column(name = "extra_attempts", nullable = false)
    private int extraAttempts;

    @Column(name = "set_by", nullable = false, length = 50)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private OffsetDateTime setAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected AccommodationEntity() {
        // for JPA
    }

    AccommodationEntity(LearnerAccommodation accommodation) {
        this.id = UUID.randomUUID().toString();
        this.learner = accommodation.learner();
        this.packId = accommodation.packId();
        this.quizId = accommodation.quizId();
        update(accommodation);
    }

    void update(LearnerAccommodation accommodation) {
        Accommodation rules = accommodation.accommodation();
        this.timeFactor = rules.timeFactor();
        this.extraSeconds = rules.extraTime().toSeconds();
        this.closesAt = rules.closesAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null);
        this.extraAttempts = rules.extraAttempts();
        this.setBy = accommodation.setBy();
        this.setAt = accommodation.setAt().atOffset(ZoneOffset.UTC);
    }

    LearnerAccommodation toAccommodation() {
        return new LearnerAccommodation(learner, packId, quizId, new Accommodation(timeFactor, Duration.ofSeconds(extraSeconds),
                Optional.ofNullable(closesAt).map(OffsetDateTime::toInstant), extraAttempts), setBy, setAt.toInstant());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccommodationEntity entity && Objects.equals(id, entity.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
