/**
 * What a learner answered: one {@link org.sala.engine.response.Response} per question, including the
 * explicit absence of an answer.
 */
package org.sala.engine.response;
