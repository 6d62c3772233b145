/**
 * Moodle XML, Moodle's own question-bank format, both ways: {@link org.sala.pack.moodle.MoodleXmlImport}
 * reads a Moodle XML file into pack questions, each with the Moodle category it was filed under
 * ({@link org.sala.pack.interchange.ImportedQuestion}, shared with the GIFT codec), reporting every problem at
 * {@code file:line:column} and never throwing on what a file holds; {@link org.sala.pack.moodle.MoodleXmlExport}
 * writes questions as Moodle XML, warning about everything the format cannot say. All eight question
 * types are written and read (ordering in the format of Moodle's ordering plugin, cloze as Moodle's
 * embedded answers); for each, writing and reading back gives equal questions wherever Moodle XML can
 * express them. Parsing goes through {@link org.sala.pack.xml.SafeXml}: no DTD or external entity is read.
 */
package org.sala.pack.moodle;
