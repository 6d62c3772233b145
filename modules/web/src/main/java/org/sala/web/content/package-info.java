/**
 * The installed packs, loaded once at startup and shared by every request, with their Markdown rendered
 * to sanitized HTML once.
 */
package org.sala.web.content;
