/**
 * {@code sala-pack}, the instructors' command line: check a content pack like code ({@code validate}) and
 * see what it holds ({@code stats}). Exit codes: 0 no errors, 1 errors found, 2 wrong usage.
 */
package org.sala.packcli;
