package org.sala.persistence.attempt;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.sala.engine.attempt.AttemptResult;
import org.sala.engine.attempt.AttemptState;

/**
 * Row of {@code attempt}: one attempt from its start. Equal by its id, which the application assigns (never
 * generated). The version column makes two writers that meet (two tabs, two servers) fail rather than
 * overwrite each other; the loser retries on the fresh row.
 */
@Entity
@Table(name = "attempt")
@NamedQuery(name = AttemptEntity.FIND_BY_QUIZ,
        query = "SELECT a FROM AttemptEntity a WHERE a.packId = :packId AND a.quizId = :quizId AND a.state = "
                + "org.sala.engine.attempt.AttemptState.SUBMITTED ORDER BY a.submittedAt")
@NamedQuery(name = AttemptEntity.FIND_BY_LEARNER_AND_QUIZ,
        query = "SELECT a FROM AttemptEntity a WHERE a.learner = :learner AND a.packId = :packId AND a.quizId = :quizId"
                + " ORDER BY a.attemptNumber")
@NamedQuery(name = AttemptEntity.FIND_SUBMITTED_BY_LEARNER,
        query = "SELECT a FROM AttemptEntity a WHERE a.learner = :learner AND a.state = "
                + "org.sala.engine.attempt.AttemptState.SUBMITTED ORDER BY a.submittedAt DESC")
@NamedQuery(name = AttemptEntity.FIND_OPEN,
        query = "SELECT a FROM AttemptEntity a WHERE a.state IN (org.sala.engine.attempt.AttemptState.IN_PROGRESS,"
                + " org.sala.engine.attempt.AttemptState.OVERDUE) ORDER BY a.startedAt")
public class AttemptEntity {

    static final String FIND_BY_QUIZ = "AttemptEntity.findByQuiz";
    static final String FIND_BY_LEARNER_AND_QUIZ = "AttemptEntity.findByLearnerAndQuiz";
    static final String FIND_OPEN = "AttemptEntity.findOpen";
    static final String FIND_SUBMITTED_BY_LEARNER = "AttemptEntity.findSubmittedByLearner";

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

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    /** The assembly seed: the attempt's questions are assembled again from the pack with it. */
    @Column(nullable = false)
    private long seed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttemptState state;

    /** Times are OffsetDateTime in UTC: EclipseLink 5.0 reads TIMESTAMP WITH TIME ZONE back into it, not into Instant. */
    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    /** When the attempt was finished (submitted, or finished by time); null while open. */
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "finished_by", length = 20)
    private AttemptResult.FinishedBy finishedBy;

    @Column(precision = 19, scale = 7)
    private BigDecimal earned;

    @Column(precision = 19, scale = 7)
    private BigDecimal possible;

    @Column(name = "certainty_marks", precision = 19, scale = 7)
    private BigDecimal certaintyMarks;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("questionOrder")
    private List<ResponseEntity> responses = new ArrayList<>();

    protected AttemptEntity() {
        // for JPA
    }

    AttemptEntity(String id, String learner, String packId, String packVersion, String quizId, int attemptNumber, long seed,
                  Instant startedAt) {
        this.id = id;
        this.learner = learner;
        this.packId = packId;
        this.packVersion = packVersion;
        this.quizId = quizId;
        this.attemptNumber = attemptNumber;
        this.seed = seed;
        this.startedAt = utc(startedAt);
        this.state = AttemptState.IN_PROGRESS;
    }

    void addResponse(ResponseEntity response) {
        responses.add(response);
    }

    /** Records the attempt's state, and its result once it has one. */
    void setState(AttemptState newState, Instant finishedAt, AttemptResult.FinishedBy by, BigDecimal newEarned,
                  BigDecimal newPossible, BigDecimal newCertaintyMarks) {
        this.state = newState;
        this.submittedAt = finishedAt == null ? null : utc(finishedAt);
        this.finishedBy = by;
        this.earned = newEarned;
        this.possible = newPossible;
        this.certaintyMarks = newCertaintyMarks;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
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

    int attemptNumber() {
        return attemptNumber;
    }

    long seed() {
        return seed;
    }

    AttemptState state() {
        return state;
    }

    Instant startedAt() {
        return startedAt.toInstant();
    }

    Instant submittedAt() {
        return submittedAt == null ? null : submittedAt.toInstant();
    }

    AttemptResult.FinishedBy finishedBy() {
        return finishedBy;
    }

    BigDecimal earned() {
        return earned;
    }

    BigDecimal possible() {
        return possible;
    }

    BigDecimal certaintyMarks() {
        return certaintyMarks;
    }

    long lockVersion() {
        return lockVersion;
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
