package org.sala.persistence.attempt;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;
import org.sala.persistence.TestPostgres;

/** The repository on a real PostgreSQL server, in a schema of its own that is dropped and migrated anew (see {@link TestPostgres}). */
class AttemptRepositoryPostgresIT extends AttemptRepositoryContract {

    private static Database database;

    @BeforeAll
    static void migrateAFreshSchema() throws SQLException {
        database = Database.open(TestPostgres.freshSchema("sala_attempt_it"));
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    Database database() {
        return database;
    }

    @Override
    DatabaseSettings emptyDatabase() throws SQLException {
        return TestPostgres.freshSchema("sala_migration_it");
    }
}
