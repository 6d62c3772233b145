package org.sala.persistence.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.sala.engine.scoring.Score;

/** Row of {@code attempt_regrade}: one {@link Regrade}. Rows are only ever added. */
@Entity
@Table(name = "attempt_regrade")
@NamedQuery(name = RegradeEntity.FIND_BY_ATTEMPT,
        query = "SELECT r FROM RegradeEntity r WHERE r.attemptId = :attemptId ORDER BY r.regradedAt, r.questionId")
public class RegradeEntity {

    static final String FIND_BY_ATTEMPT = "RegradeEntity.findByAttempt";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "attempt_id", nullable = false, length = 36)
    private String attemptId;

    @Column(name = "regraded_at", nullable = false)
    private OffsetDateTime regradedAt;

    @Column(name = "regraded_by", nullable = false, length = 100)
    private String regradedBy;

    @Column(name = "question_id", nullable = false, length = 100)
    private String questionId;

    @Column(name = "old_earned", nullable = false, precision = 19, scale = 7)
    private BigDecimal oldEarned;

    @Column(name = "old_possible", nullable = false, precision = 19, scale = 7)
    private BigDecimal oldPossible;

    @Column(name = "new_earned", nullable = false, precision = 19, scale = 7)
    private BigDecimal newEarned;

    @Column(nullable = false, precision = 19, scale = 7)
    private BigDecimal possible;

    protected RegradeEntity() {
    }

    RegradeEntity(Regrade regrade) {
        this.id = UUID.randomUUID().toString();
        this.attemptId = regrade.attemptId().toString();
        this.regradedAt = regrade.at().atOffset(ZoneOffset.UTC);
        this.regradedBy = regrade.by();
        this.questionId = regrade.questionId();
        this.oldEarned = regrade.before().earned();
        this.oldPossible = regrade.before().possible();
        this.newEarned = regrade.after().earned();
        this.possible = regrade.after().possible();
    }

    Regrade toRegrade() {
        return new Regrade(UUID.fromString(attemptId), regradedAt.toInstant(), regradedBy, questionId,
                new Score(oldEarned, oldPossible), new Score(newEarned, possible));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegradeEntity that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
