/**
 * The Sala web application: Jakarta Faces pages with thin backing beans ({@code pages}), the services
 * that are the transaction boundary ({@code quiz}), and the packs as the application holds them
 * ({@code content}). Only this module knows Faces, CDI scopes and HTTP.
 */
package org.sala.web;
