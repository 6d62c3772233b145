/**
 * Editing a course in the browser: question drafts (saved, checked by the pack reader, with conflicts
 * between editors told), a preview graded by the engine, and publishing all drafts as a new release of the
 * pack once the whole pack validates.
 */
package org.sala.web.authoring;
