/** Studying a course outside quizzes: progress through its lessons and spaced review of its questions. */
package org.sala.web.study;
