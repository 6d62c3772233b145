package org.sala.web.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.function.Function;
import java.util.logging.Logger;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;

/**
 * The application's database, opened (and migrated) once at startup from the environment: the embedded
 * H2 file database in the data directory unless {@code SALA_DB_URL} names another (see README).
 */
@ApplicationScoped
public class SalaDatabase {

    private static final Logger LOG = Logger.getLogger(SalaDatabase.class.getName());

    private Database database;

    /** The application's database over one already open (tests, or an application embedding Sala's services). */
    public static SalaDatabase over(Database database) {
        var opened = new SalaDatabase();
        opened.database = database;
        return opened;
    }

    @PostConstruct
    void open() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(System.getProperties(), System.getenv());
        LOG.info(() -> "Opening database " + settings.describe());
        database = Database.open(settings);
    }

    @PreDestroy
    void close() {
        database.close();
    }

    public <T> T transaction(Function<EntityManager, T> work) {
        return database.transaction(work);
    }
}
