package org.sala.persistence.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;

/** The repository on the embedded H2 file database, the default of every installation. */
class AttemptRepositoryH2IT extends AttemptRepositoryContract {

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

    @Override
    DatabaseSettings emptyDatabase() {
        return DatabaseSettings.h2File(dataDirectory.resolve("empty"));
    }

    @Test
    void attemptsSurviveClosingAndReopeningTheDatabase() {
        GradedAttempt attempt = SampleAttempts.sample("asean-practice");
        store(attempt);
        database.close();

        database = Database.open(DatabaseSettings.h2File(dataDirectory));

        assertThat(find(attempt.id())).contains(attempt);
    }
}
