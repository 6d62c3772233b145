package org.sala.web.quiz;

import java.time.Instant;
import org.sala.pack.model.Pack;
import org.sala.web.TestClock;
import org.sala.web.content.PackCatalog;
import org.sala.web.database.SalaDatabase;

/**
 * The quiz services wired by hand over repositories kept in memory and one clock the test moves, serving
 * the course pack: what the service tests run on, without a server or a database.
 */
final class InMemoryServices {

    final TestClock clock;
    final InMemoryAttempts stored = new InMemoryAttempts();
    final InMemoryAccess access = new InMemoryAccess();
    final InMemoryAccommodations accommodations = new InMemoryAccommodations();
    final AttemptService attempts = new AttemptService();
    final ResultService results = new ResultService();
    final RegradeService regrade = new RegradeService();

    InMemoryServices(Instant now) {
        clock = new TestClock(now);
        var database = SalaDatabase.inMemory();
        var assemblies = new Assemblies();
        attempts.database = database;
        attempts.attempts = stored;
        attempts.study = new InMemoryStudy();
        attempts.accommodations = accommodations;
        attempts.assemblies = assemblies;
        attempts.clock = clock;
        results.database = database;
        results.attempts = stored;
        results.assemblies = assemblies;
        results.clock = clock;
        results.accommodations = accommodations;
        regrade.database = database;
        regrade.attempts = stored;
        regrade.assemblies = assemblies;
        regrade.access = access;
        regrade.clock = clock;
        serve(PackCatalog.loaded());
    }

    /** The course pack as Sala loads it. */
    Pack course() {
        return attempts.catalog.pack("cambodian-foreign-policy").orElseThrow();
    }

    /** Serves this pack from now on, as Sala does after a restart with changed files. */
    void serve(Pack pack) {
        serve(ChangedPacks.serving(pack));
    }

    private void serve(PackCatalog catalog) {
        attempts.catalog = catalog;
        attempts.assemblies.catalog = catalog;
        results.catalog = catalog;
    }
}
