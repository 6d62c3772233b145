package org.sala.pack.interchange;

import java.util.List;

/**
 * A file format for questions that other systems read and write (GIFT, Moodle XML, QTI), both ways and
 * through bytes, so a format that is an archive fits the same shape as one that is text.
 *
 * <p>Invariants every format keeps: reading never throws on what a file holds (each mistake is a
 * {@link org.sala.pack.Problem} at {@code file:line:column}, and the other questions still import); writing
 * drops or changes nothing without a warning naming the question; and what a format writes, it reads back
 * to equal questions wherever it can say them all.
 */
public interface QuestionFormat {

    /** The name a user gives on the command line: {@code gift}, {@code moodle-xml}, {@code qti}. */
    String name();

    /** The usual ending of a file written in this format, without the dot: {@code gift}, {@code xml}, {@code zip}. */
    String fileExtension();

    /**
     * Reads the questions a file holds.
     *
     * @param fileName the file's name, which problems name as their file (and which may help tell what the
     *                 content is)
     * @param content  the file's bytes
     */
    ImportResult read(String fileName, byte[] content);

    /** Writes the questions, in order and each in its category where the format has categories, as one file. */
    ExportResult write(List<ImportedQuestion> questions);
}
