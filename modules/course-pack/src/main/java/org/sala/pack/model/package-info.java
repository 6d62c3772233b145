/**
 * A pack as read: immutable records of its metadata, lessons and quizzes. Questions are the engine's
 * own types; a pack adds where each is taught and how hard it is.
 */
package org.sala.pack.model;
