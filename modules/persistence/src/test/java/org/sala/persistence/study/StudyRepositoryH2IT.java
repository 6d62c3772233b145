package org.sala.persistence.study;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;

/** Study progress on the embedded H2 file database. */
class StudyRepositoryH2IT extends StudyRepositoryContract {

    @TempDir
    Path dataDirectory;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseSettings.h2File(dataDirectory));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Override
    Database database() {
        return database;
    }
}
