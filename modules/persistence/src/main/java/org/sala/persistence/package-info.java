/**
 * Storage of Sala's state in a relational database (embedded H2 by default, PostgreSQL for
 * institutions). Engine types are mapped to entities here, at the boundary; the engine knows nothing
 * of JPA. The schema is created and upgraded only by the migrations in {@code db/migration}.
 */
package org.sala.persistence;
