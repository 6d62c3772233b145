package org.sala.engine.attempt;

/**
 * Where an attempt stands.
 * <pre>
 * IN_PROGRESS --deadline--> OVERDUE --grace period over--> SUBMITTED (with the saved responses)
 *      |                       |
 *      +------- submit --------+---------------------------> SUBMITTED
 *      +------- abandon -------+---------------------------> ABANDONED (never graded)
 * </pre>
 */
public enum AttemptState {
    IN_PROGRESS, OVERDUE, SUBMITTED, ABANDONED;

    public boolean isOpen() {
        return this == IN_PROGRESS || this == OVERDUE;
    }
}
