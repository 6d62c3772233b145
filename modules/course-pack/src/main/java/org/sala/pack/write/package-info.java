/**
 * Writing packs: questions back to the pack's own YAML, so that imports (GIFT, Moodle XML, QTI) become
 * bank files an instructor can read, edit and keep in git. What is written reads back equal.
 */
package org.sala.pack.write;
