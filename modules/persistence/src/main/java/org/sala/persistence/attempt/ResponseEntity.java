package org.sala.persistence.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.sala.engine.scoring.Correctness;

/**
 * Row of {@code attempt_response}: one graded response. Equal by its business key, the attempt and the
 * question.
 */
@Entity
@Table(name = "attempt_response")
public class ResponseEntity {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "attempt_id", nullable = false)
    private AttemptEntity attempt;

    @Column(name = "question_order", nullable = false)
    private int questionOrder;

    @Column(name = "question_id", nullable = false, length = 100)
    private String questionId;

    /** The response in {@link ResponseCodec}'s form; null when the question was left unanswered. */
    @Column(name = "response", length = 4000)
    private String response;

    @Column(nullable = false, precision = 19, scale = 7)
    private BigDecimal earned;

    @Column(nullable = false, precision = 19, scale = 7)
    private BigDecimal possible;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Correctness correctness;

    protected ResponseEntity() {
        // for JPA
    }

    ResponseEntity(String id, AttemptEntity attempt, int questionOrder, String questionId, String response,
                   BigDecimal earned, BigDecimal possible, Correctness correctness) {
        this.id = id;
        this.attempt = attempt;
        this.questionOrder = questionOrder;
        this.questionId = questionId;
        this.response = response;
        this.earned = earned;
        this.possible = possible;
        this.correctness = correctness;
    }

    int questionOrder() {
        return questionOrder;
    }

    String questionId() {
        return questionId;
    }

    String response() {
        return response;
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
        return other instanceof ResponseEntity response
                && Objects.equals(attempt, response.attempt) && Objects.equals(questionId, response.questionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attempt, questionId);
    }
}
