/**
 * The Sala quiz engine: questions, learners' responses and their grading, as immutable values and
 * pure functions. Nothing here reads a clock, draws a random number or touches I/O; the build keeps
 * {@code jakarta.*} and {@code javax.*} out of this module.
 */
package org.sala.engine;
