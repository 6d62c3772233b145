/**
 * What a course's gradebook reads in one go: every attempt at the course's quizzes as a summary (no questions,
 * no responses), the lessons each learner marked studied, who is enrolled, and their names. Read-only, over
 * the tables of {@code attempt}, {@code study} and {@code account}.
 */
package org.sala.persistence.grades;
