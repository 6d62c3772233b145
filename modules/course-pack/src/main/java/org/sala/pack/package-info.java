/**
 * Sala content packs: a course as plain files (YAML and Markdown) that an instructor writes without
 * Java. This package holds what every part shares: {@link org.sala.pack.Problem}, a finding located
 * at {@code file:line:column}.
 */
package org.sala.pack;
