/**
 * Graded attempts: the {@link org.sala.persistence.attempt.GradedAttempt} record the application
 * stores and reads, its two entities, the mapping between them, and the repository.
 */
package org.sala.persistence.attempt;
