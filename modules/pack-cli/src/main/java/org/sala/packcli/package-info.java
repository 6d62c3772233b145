/**
 * {@code sala-pack}, the instructors' command line: check a content pack like code ({@code validate}), see
 * what it holds ({@code stats}), and move questions in and out of other systems ({@code import},
 * {@code export}) in every format {@link org.sala.pack.formats.QuestionFormats} lists, all through the same
 * code. Exit codes: 0 no errors, 1 errors found, 2 wrong usage.
 */
package org.sala.packcli;
