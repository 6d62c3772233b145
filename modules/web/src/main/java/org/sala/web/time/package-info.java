/** Where the application takes the time from. */
package org.sala.web.time;
