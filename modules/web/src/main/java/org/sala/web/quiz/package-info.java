/**
 * Application services for quizzes. A service method is one use case and one transaction: load, let
 * the engine decide, store, return.
 */
package org.sala.web.quiz;
