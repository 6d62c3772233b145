/**
 * Backing beans of the Faces pages, one per page. They read page parameters, ask a service or the
 * catalog, and hold what the page shows; no rules and no database access live here. What a bean keeps
 * in the view never includes answer keys.
 */
package org.sala.web.pages;
