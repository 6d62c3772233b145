package org.sala.web.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;
import org.sala.persistence.account.AccessRepository;
import org.sala.persistence.account.AccountRepository;
import org.sala.persistence.account.JpaAccessRepository;
import org.sala.persistence.account.JpaAccountRepository;
import org.sala.persistence.account.JpaThrottleRepository;
import org.sala.persistence.account.ThrottleRepository;
import org.sala.persistence.attempt.AttemptRepository;
import org.sala.persistence.authoring.AuthoringRepository;
import org.sala.persistence.authoring.JpaAuthoringRepository;
import org.sala.persistence.attempt.JpaAttemptRepository;
import org.sala.persistence.study.JpaStudyRepository;
import org.sala.persistence.study.StudyRepository;

/**
 * The application's database and its one transaction boundary. Opened (and migrated) once at startup from
 * the environment: the embedded H2 file database in the data directory unless {@code SALA_DB_URL} names
 * another (see README).
 *
 * <p>A service method is one use case in one transaction: it calls {@link #read} or {@link #write} once
 * around its body and uses the repositories injected as their interfaces, which work in the transaction
 * current on the thread. A call inside a running transaction joins it. {@link #write} retries the whole
 * body when a concurrent change made the commit fail (two tabs, a save racing the time limit), after a
 * short random pause; the engine then judges the change again on fresh data, so a stale save is refused
 * by its sequence number instead of overwriting.
 */
@ApplicationScoped
public class SalaDatabase {

    private static final Logger LOG = Logger.getLogger(SalaDatabase.class.getName());
    private static final int TRIES = 6;

    private Database database;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    /** The application's database over one already open (tests, or an application embedding Sala's services). */
    public static SalaDatabase over(Database database) {
        var opened = new SalaDatabase();
        opened.database = database;
        return opened;
    }

    /**
     * No database at all: {@link #read} and {@link #write} run their work as it is. For services tested over
     * repositories kept in memory.
     */
    public static SalaDatabase inMemory() {
        return new SalaDatabase();
    }

    @PostConstruct
    void open() {
        String dataSource = System.getProperty("sala.datasource", System.getenv("SALA_DATASOURCE"));
        if (dataSource != null && !dataSource.isBlank()) {
            LOG.info(() -> "Opening database: the server's data source " + dataSource.strip());
            database = Database.open(lookUp(dataSource.strip()));
            return;
        }
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(System.getProperties(), System.getenv());
        LOG.info(() -> "Opening database " + settings.describe());
        database = Database.open(settings);
    }

    /** The data source the server defines under this JNDI name ({@code jdbc/sala}, or a full {@code java:} name). */
    static DataSource lookUp(String name) {
        var tried = new java.util.ArrayList<String>();
        for (String candidate : name.startsWith("java:") ? List.of(name) : List.of(name, "java:comp/env/" + name)) {
            try {
                if (new InitialContext().lookup(candidate) instanceof DataSource found) {
                    return found;
                }
                tried.add(candidate + " (not a data source)");
            } catch (NamingException e) {
                tried.add(candidate + " (not defined)");
            }
        }
        throw new IllegalStateException("SALA_DATASOURCE names '" + name + "', which this server does not define as a JDBC data source: tried "
                + String.join(", ", tried) + ". Define it on the server (see deploy/) or unset SALA_DATASOURCE.");
    }

    @PreDestroy
    void close() {
        database.close();
    }

    /** Runs a use case that only reads, in one transaction (or the one already running). */
    public <T> T read(Supplier<T> work) {
        return inTransaction(work);
    }

    /** Runs a use case that changes data, in one transaction, tried again when a concurrent change won the race. */
    public <T> T write(Supplier<T> work) {
        if (current.get() != null || database == null) {
            return inTransaction(work);
        }
        for (int tried = 1; ; tried++) {
            try {
                return inTransaction(work);
            } catch (PersistenceException conflict) {
                if (!lostRace(conflict) || tried >= TRIES) {
                    throw conflict;
                }
                int next = tried + 1;
                LOG.info(() -> "two requests changed the same data at once (two tabs, or a save racing the time limit); "
                        + "trying again, try " + next + " of " + TRIES);
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * tried));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw conflict;
                }
            }
        }
    }

    /**
     * Whether a transaction failed because another one changed the same data at the same moment, so that the
     * same work done again on fresh data can succeed: a version that moved (optimistic locking), a commit the
     * database refused, a row another transaction holds (H2's "concurrent update", a serialization failure or
     * deadlock, SQLSTATE class 40), or a row another transaction inserted first (a unique key, 23505: two
     * attempts starting at once store the same question version). Anything else (the database away, a bug)
     * is not tried again.
     */
    static boolean lostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof RollbackException
                    || cause instanceof java.sql.SQLTransientException && !(cause instanceof java.sql.SQLTransientConnectionException)) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("23505"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** {@link #write} for work that returns nothing. */
    public void run(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }

    private <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null || database == null) {
            return work.get();
        }
        return database.transaction(entityManager -> {
            current.set(entityManager);
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }

    /** True when the database answers a trivial query. */
    public boolean answers() {
        return read(() -> transaction().createNativeQuery("SELECT 1").getSingleResult() != null);
    }

    private EntityManager transaction() {
        EntityManager entityManager = current.get();
        if (entityManager == null) {
            throw new IllegalStateException("a repository was used outside a transaction: call it inside SalaDatabase.read or write");
        }
        return entityManager;
    }

    @Produces
    @Dependent
    public AttemptRepository attempts() {
        return new JpaAttemptRepository(this::transaction, new PackFormatQuestions());
    }

    @Produces
    @Dependent
    public org.sala.persistence.attempt.AccommodationRepository accommodations() {
        return new org.sala.persistence.attempt.JpaAccommodationRepository(this::transaction);
    }

    @Produces
    @Dependent
    public org.sala.persistence.grades.GradebookRepository gradebook() {
        return new org.sala.persistence.grades.JpaGradebookRepository(this::transaction);
    }

    @Produces
    @Dependent
    public StudyRepository study() {
        return new JpaStudyRepository(this::transaction);
    }

    @Produces
    @Dependent
    public AccountRepository accounts() {
        return new JpaAccountRepository(this::transaction);
    }

    @Produces
    @Dependent
    public AuthoringRepository authoring() {
        return new JpaAuthoringRepository(this::transaction);
    }

    @Produces
    @Dependent
    public ThrottleRepository throttles() {
        return new JpaThrottleRepository(this::transaction);
    }

    @Produces
    @Dependent
    public AccessRepository access() {
        return new JpaAccessRepository(this::transaction);
    }
}
