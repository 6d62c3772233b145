package org.sala.pack.qti;

import org.sala.pack.qti.ResponseRules.Scoring;
import org.w3c.dom.Element;

/**
 * One response variable of an item as an interaction reads it: its {@code qti-response-declaration} and how
 * the response processing scores it.
 */
record ScoredResponse(String identifier, Element declaration, Scoring scoring) {
}
