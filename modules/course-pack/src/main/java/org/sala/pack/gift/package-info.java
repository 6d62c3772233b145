/**
 * Moodle's GIFT format ("General Import Format Technology"), both ways: {@link org.sala.pack.gift.GiftImport}
 * reads a GIFT file into pack questions, reporting every problem at {@code file:line:column} and never
 * throwing on what a file holds; {@link org.sala.pack.gift.GiftExport} writes questions as GIFT, warning
 * about everything the format cannot say. For every question type GIFT can express, writing and reading
 * back gives equal questions. Ordering and cloze questions, which GIFT cannot express, are not exported;
 * essays and descriptions, which the engine does not grade, are not imported.
 */
package org.sala.pack.gift;
