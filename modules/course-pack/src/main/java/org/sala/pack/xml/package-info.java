/**
 * Reading and writing XML for the interchange formats, safely: no DTDs, no external entities (XXE), no
 * entity expansion; every element keeps the line and column it started at, so import problems can be
 * reported at {@code file:line:column}.
 */
package org.sala.pack.xml;
