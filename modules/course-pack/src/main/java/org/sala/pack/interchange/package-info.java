/**
 * The one contract every interchange format keeps (GIFT, Moodle XML and QTI 3.0):
 * {@link org.sala.pack.interchange.QuestionFormat} reads a file's bytes, with its name, into an
 * {@link org.sala.pack.interchange.ImportResult} (questions, each with the category it was filed under, and
 * every problem at {@code file:line:column}) and writes questions into an
 * {@link org.sala.pack.interchange.ExportResult} (the file's bytes and a warning for whatever the format
 * could not say). Also here: {@link org.sala.pack.interchange.TextFormat} for the formats that are UTF-8
 * text, {@link org.sala.pack.interchange.Utf8Text} for how their bytes become text, and
 * {@link org.sala.pack.interchange.QuestionSlugs}, the one rule that turns an imported name into an id.
 * The formats themselves are listed in {@link org.sala.pack.formats.QuestionFormats}.
 */
package org.sala.pack.interchange;
