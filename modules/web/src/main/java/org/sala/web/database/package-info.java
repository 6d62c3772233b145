/** The application's one database and its transactions, shared by the services of every package. */
package org.sala.web.database;
