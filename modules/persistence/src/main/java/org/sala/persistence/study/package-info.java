/**
 * A learner's study around the quizzes: enrolments (with the lesson last visited), lessons marked as
 * studied, spaced-review history and the questions flagged in an attempt. {@link org.sala.persistence.study.JpaStudyRepository}
 * is the one way in; its entities stay package-private.
 */
package org.sala.persistence.study;
