package org.sala.persistence.study;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.sala.persistence.Database;
import org.sala.persistence.TestPostgres;

/** Study progress on a real PostgreSQL server, in a schema of its own (see {@link TestPostgres}). */
class StudyRepositoryPostgresIT extends StudyRepositoryContract {

    private static Database database;

    @BeforeAll
    static void migrateAFreshSchema() throws SQLException {
        database = Database.open(TestPostgres.freshSchema("sala_study_it"));
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
}
