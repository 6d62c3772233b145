/**
 * What a learner is asked: the closed set of question types ({@link org.sala.engine.question.Question})
 * and their parts. A question can only be built valid: it has a right answer and its points are
 * positive.
 */
package org.sala.engine.question;
