/** How the application answers requests it cannot serve: client mistakes as 4xx with the friendly pages. */
package org.sala.web.errors;
