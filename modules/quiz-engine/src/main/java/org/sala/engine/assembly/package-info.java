/**
 * Assembly: a quiz blueprint (fixed questions and random draws from a pool by tag and difficulty)
 * becomes the concrete questions of one attempt. Seeded: the same blueprint, pool, seed and history
 * always give the same questions, order and option order, so an attempt can be replayed and audited.
 */
package org.sala.engine.assembly;
