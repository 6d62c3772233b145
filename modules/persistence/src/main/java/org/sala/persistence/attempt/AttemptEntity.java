package org.sala.persistence.attempt;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Row of {@code attempt}. Equal by its id, which the application assigns (never generated). */
@Entity
@Table(name = "attempt")
@NamedQuery(name = AttemptEntity.FIND_BY_QUIZ,
        query = "SELECT a FROM AttemptEntity a WHERE a.packId = :packId AND a.quizId = :quizId ORDER BY a.submittedAt")
public class AttemptEntity {

    static final String FIND_BY_QUIZ = "AttemptEntity.findByQuiz";

    @Id
    @Column(length = 36)
    private String id;

    @Column(length = 100)
    private String learner;

    @Column(name = "pack_id", nullable = false, length = 100)
    private String packId;

    @Column(name = "pack_version", nullable = false, length = 50)
    private String packVersion;

    @Column(name = "quiz_id", nullable = false, length = 100)
    private String quizId;

    /** An OffsetDateTime in UTC: EclipseLink 5.0 reads TIMESTAMP WITH TIME ZONE back into it, not into Instant. */
    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(nullable = false, precision = 19, scale = 7)
    private BigDecimal earned;

    @Column(nullable = false, precision = 19, scale = 7)
    private BigDecimal possible;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("questionOrder")
    private List<ResponseEntity> responses = new ArrayList<>();

    protected AttemptEntity() {
        // for JPA
    }

    AttemptEntity(String id, String learner, String packId, String packVersion, String quizId, Instant submittedAt,
                  BigDecimal earned, BigDecimal possible) {
        this.id = id;
        this.learner = learner;
        this.packId = packId;
        this.packVersion = packVersion;
        this.quizId = quizId;
        this.submittedAt = submittedAt.atOffset(ZoneOffset.UTC);
        this.earned = earned;
        this.possible = possible;
    }

    void addResponse(ResponseEntity response) {
        responses.add(response);
    }

    String id() {
        return id;
    }

    String learner() {
        return learner;
    }

    String packId() {
        return packId;
    }

    String packVersion() {
        return packVersion;
    }

    String quizId() {
        return quizId;
    }

    Instant submittedAt() {
        return submittedAt.toInstant();
    }

    BigDecimal earned() {
        return earned;
    }

    BigDecimal possible() {
        return possible;
    }

    List<ResponseEntity> responses() {
        return responses;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttemptEntity attempt && Objects.equals(id, attempt.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
