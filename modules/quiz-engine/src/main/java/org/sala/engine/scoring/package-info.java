/**
 * Grading: turning a question and a response into marks, and a set of them into a quiz total. Amounts
 * are exact decimals; a score never leaves its bounds and a total is the sum of its parts.
 */
package org.sala.engine.scoring;
