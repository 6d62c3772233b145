/**
 * The registry of interchange formats ({@link org.sala.pack.formats.QuestionFormats}): GIFT, Moodle XML
 * and QTI, each a {@link org.sala.pack.interchange.QuestionFormat}. It sits in a package of its own
 * because it names every format package, and each of those depends on {@code interchange}: here, no
 * package depends on another in a circle.
 */
package org.sala.pack.formats;
