/**
 * Changing a pack's files as an editor in the browser does: questions replaced, added, moved between banks
 * or retired, and the pack's version raised, so the result can be validated whole and published.
 */
package org.sala.pack.edit;
