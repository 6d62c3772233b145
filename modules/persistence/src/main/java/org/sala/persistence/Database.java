package org.sala.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.sala.persistence.account.AccountEntity;
import org.sala.persistence.account.AuditEventEntity;
import org.sala.persistence.account.CourseEditorEntity;
import org.sala.persistence.authoring.FileDraftEntity;
import org.sala.persistence.authoring.PackReleaseEntity;
import org.sala.persistence.authoring.PackReleaseFileEntity;
import org.sala.persistence.authoring.QuestionDraftEntity;
import org.sala.persistence.attempt.AttemptEntity;
import org.sala.persistence.attempt.QuestionVersionEntity;
import org.sala.persistence.attempt.RegradeEntity;
import org.sala.persistence.attempt.ResponseEntity;
import org.sala.persistence.study.EnrolmentEntity;
import org.sala.persistence.study.LessonProgressEntity;
import org.sala.persistence.study.ReviewEventEntity;

/**
 * The open database: migrated to the newest schema, then an {@link EntityManagerFactory} over it. Work
 * runs in {@link #transaction}: committed when it returns, rolled back when it throws. The application
 * owns the unit of work, so the same code runs in tests and in any Jakarta EE server.
 */
public final class Database implements AutoCloseable {

    private final EntityManagerFactory factory;

    private Database(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** Migrates the schema (never drops anything) and opens the database at a JDBC URL, with EclipseLink's own pool. */
    public static Database open(DatabaseSettings settings) {
        migrate(settings);
        return open(configuration()
                .property(PersistenceConfiguration.JDBC_URL, settings.url())
                .property(PersistenceConfiguration.JDBC_USER, settings.user())
                .property(PersistenceConfiguration.JDBC_PASSWORD, settings.password())
                .property(PersistenceConfiguration.JDBC_DRIVER, settings.isH2() ? "org.h2.Driver" : "org.postgresql.Driver")
                .property("eclipselink.connection-pool.default.initial", "1")
                .property("eclipselink.connection-pool.default.max", "16"));
    }

    /**
     * Migrates the schema and opens the database over a data source the application server defines, with the
     * server's connection pool (transactions stay the application's own, resource-local).
     */
    public static Database open(DataSource dataSource) {
        flyway().dataSource(dataSource).load().migrate();
        return open(configuration().property("jakarta.persistence.nonJtaDataSource", dataSource));
    }

    private static PersistenceConfiguration configuration() {
        return new PersistenceConfiguration("sala")
                .provider("org.eclipse.persistence.jpa.PersistenceProvider")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .managedClass(AttemptEntity.class)
                .managedClass(ResponseEntity.class)
                .managedClass(QuestionVersionEntity.class)
                .managedClass(RegradeEntity.class)
                .managedClass(org.sala.persistence.attempt.AccommodationEntity.class)
                .managedClass(AccountEntity.class)
                .managedClass(CourseEditorEntity.class)
                .managedClass(AuditEventEntity.class)
                .managedClass(QuestionDraftEntity.class)
                .managedClass(FileDraftEntity.class)
                .managedClass(PackReleaseEntity.class)
                .managedClass(PackReleaseFileEntity.class)
                .managedClass(EnrolmentEntity.class)
                .managedClass(LessonProgressEntity.class)
                .managedClass(ReviewEventEntity.class)
                .property("eclipselink.classloader", Database.class.getClassLoader())
                .property("eclipselink.target-server", "None")
                .property("eclipselink.weaving", "false")
                .property("eclipselink.ddl-generation", "none")
                .property("eclipselink.logging.level", "WARNING")
                // Exceptions reach the application, which logs what is a problem: a lost race that is retried is not.
                .property("eclipselink.logging.exceptions", "false")
                .property("eclipselink.logging.logger", "JavaLogger")
                .property("eclipselink.cache.shared.default", "false")
                .property("eclipselink.session.customizer", FailFastReconnect.class.getName());
    }

    private static Database open(PersistenceConfiguration configuration) {
        ClassLoader loader = Database.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return new Database(Persistence.createEntityManagerFactory(configuration));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Brings the schema up to the newest migration in {@code db/migration}. */
    public static void migrate(DatabaseSettings settings) {
        flyway().dataSource(settings.url(), settings.user(), settings.password()).load().migrate();
    }

    /**
     * The migrations are the files in {@code db/migration} and nothing else: no callbacks are looked for (on
     * Open Liberty a missing location is logged as an error), and the empty {@code flyway.location} file there
     * lets Flyway list the folder inside the WAR where the server's class loader hands out its own URLs.
     */
    private static FluentConfiguration flyway() {
        return Flyway.configure(Database.class.getClassLoader())
                .locations("classpath:db/migration")
                .callbackLocations(new String[0])
                .failOnMissingLocations(true);
    }

    /** Runs {@code work} in one transaction and returns its result after the commit. */
    public <T> T transaction(Function<EntityManager, T> work) {
        try (EntityManager entityManager = factory.createEntityManager()) {
            EntityTransaction transaction = entityManager.getTransaction();
            transaction.begin();
            try {
                T result = work.apply(entityManager);
                transaction.commit();
                return result;
            } catch (RuntimeException | Error e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
        }
    }

    /**
     * A unit of work the caller commits (or rolls back) and closes, for the rare code that must hold two
     * at once, such as a test of two writers meeting. Everything else uses {@link #transaction}.
     */
    public EntityManager begin() {
        EntityManager entityManager = factory.createEntityManager();
        entityManager.getTransaction().begin();
        return entityManager;
    }

    @Override
    public void close() {
        factory.close();
    }
}
