/**
 * What a learner is asked: the closed set of eight question types
 * ({@link org.sala.engine.question.Question}) and their parts. A question can only be built valid: it
 * has a right answer, its points are positive, its ids are unique.
 */
package org.sala.engine.question;
