/**
 * Authoring in the browser: questions editors have changed but not yet published (drafts, each with a
 * revision so that two editors never overwrite each other silently), and published pack versions (releases,
 * all of a pack's files as text). The text is the pack format; this package stores it without reading it.
 */
package org.sala.persistence.authoring;
