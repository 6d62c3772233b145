package org.sala.persistence.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.sala.engine.scoring.Certainty;
import org.sala.engine.scoring.Correctness;

/**
 * Row of {@code attempt_response}: one question of an attempt. While the attempt is open it holds the last
 * saved response with its sequence number (and, in interactive mode, the tries and the last check); once
 * graded, the question's marks and the feedback shown. Equal by its business key, the attempt and the question.
 */
@Entity
@Table(name = "attempt_response")
public class ResponseEntity {

    @Id
    @Column(length = 36)
    private String id;

    // Eager, as it is in effect without weaving (which Sala does not use): a response is read with its attempt.
    @ManyToOne(optional = false)
    @JoinColumn(name = "attempt_id", nullable = false)
    private AttemptEntity attempt;

    @Column(name = "question_order", nullable = false)
    private int questionOrder;

    @Column(name = "question_id", nullable = false, length = 100)
    private String questionId;

    /** The version of the question this row answers ({@code question_version}); null on rows stored before versions were kept. */
    @Column(name = "question_version", length = 64)
    private String questionVersion;

    /** The response in {@link ResponseCodec}'s form; null when the question is unanswered. */
    @Column(name = "response", length = 4000)
    private String response;

    @Column(name = "save_sequence", nullable = false)
    private long saveSequence;

    @Column(name = "saved_at")
    private OffsetDateTime savedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Certainty certainty;

    @Column(nullable = false)
    private int tries;

    @Column(nullable = false)
    private boolean finished;

    @Column(name = "checked_response", length = 4000)
    private String checkedResponse;

    @Column(name = "checked_earned", precision = 19, scale = 7)
    private BigDecimal checkedEarned;

    @Column(name = "checked_possible", precision = 19, scale = 7)
    private BigDecimal checkedPossible;

    @Enumerated(EnumType.STRING)
    @Column(name = "checked_correctness", length = 20)
    private Correctness checkedCorrectness;

    @Column(name = "checked_feedback", length = 4000)
    private String checkedFeedback;

    @Column(precision = 19, scale = 7)
    private BigDecimal earned;

    @Column(precision = 19, scale = 7)
    private BigDecimal possible;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Correctness correctness;

    /** The feedback the graded response earned, as the learner was shown it. */
    @Column(length = 4000)
    private String feedback;

    protected ResponseEntity() {
        // for JPA
    }

    ResponseEntity(String id, AttemptEntity attempt, int questionOrder, String questionId) {
        this.id = id;
        this.attempt = attempt;
        this.questionOrder = questionOrder;
        this.questionId = questionId;
    }

    void setSaved(String newResponse, long sequence, Instant at, Certainty newCertainty) {
        this.response = newResponse;
        this.saveSequence = sequence;
        this.savedAt = at == null ? null : at.atOffset(ZoneOffset.UTC);
        this.certainty = newCertainty;
    }

    void setChecked(int newTries, boolean isFinished, String response, BigDecimal earnedMarks, BigDecimal possibleMarks,
                    Correctness verdict, String feedback) {
        this.tries = newTries;
        this.finished = isFinished;
        this.checkedResponse = response;
        this.checkedEarned = earnedMarks;
        this.checkedPossible = possibleMarks;
        this.checkedCorrectness = verdict;
        this.checkedFeedback = feedback;
    }

    void setGrade(BigDecimal earnedMarks, BigDecimal possibleMarks, Correctness verdict, String shownFeedback) {
        this.earned = earnedMarks;
        this.possible = possibleMarks;
        this.correctness = verdict;
        this.feedback = shownFeedback;
    }

    String feedback() {
        return feedback;
    }

    int questionOrder() {
        return questionOrder;
    }

    String questionVersion() {
        return questionVersion;
    }

    void setQuestionVersion(String version) {
        this.questionVersion = version;
    }

    String questionId() {
        return questionId;
    }

    String response() {
        return response;
    }

    long saveSequence() {
        return saveSequence;
    }

    Instant savedAt() {
        return savedAt == null ? null : savedAt.toInstant();
    }

    Certainty certainty() {
        return certainty;
    }

    int tries() {
        return tries;
    }

    boolean finished() {
        return finished;
    }

    String checkedResponse() {
        return checkedResponse;
    }

    BigDecimal checkedEarned() {
        return checkedEarned;
    }

    BigDecimal checkedPossible() {
        return checkedPossible;
    }

    Correctness checkedCorrectness() {
        return checkedCorrectness;
    }

    String checkedFeedback() {
        return checkedFeedback;
    }

    BigDecimal earned() {
        return earned;
    }

    BigDecimal possible() {
        return possible;
    }

    Correctness correctness() {
        return correctness;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResponseEntity row && Objects.equals(attempt, row.attempt) && Objects.equals(questionId, row.questionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attempt, questionId);
    }
}
