/**
 * Attempts and the rules they live by: the lifecycle (in progress, overdue, submitted, abandoned), time
 * limits and windows, saves with sequence numbers, interactive tries, idempotent submission, grading
 * across attempts and review options. Every transition in {@link org.sala.engine.attempt.Attempts} is a
 * pure function of the attempt, the rules and the time passed in.
 */
package org.sala.engine.attempt;
