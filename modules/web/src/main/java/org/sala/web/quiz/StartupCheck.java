package org.sala.web.quiz;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sala.web.account.AccountService;
import org.sala.web.content.PackCatalog;

/**
 * Loads the packs, opens the database and creates the configured accounts when the application starts, so
 * that a broken configuration fails the deployment instead of the first learner's request.
 */
@ApplicationScoped
class StartupCheck {

    private static final Logger LOG = Logger.getLogger(StartupCheck.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    void start(@Observes Startup startup, PackCatalog catalog, SalaDatabase database, AccountService accounts, AttemptFlow flow) {
        catalog.packs();
        database.transaction(entityManager -> entityManager.createNativeQuery("SELECT 1").getSingleResult());
        accounts.createStartupAccounts();
        // Attempts whose time ran out while nobody looked (or the server was down) are finished with their saved answers.
        finishOverdue(flow);
        scheduler.scheduleWithFixedDelay(() -> finishOverdue(flow), 1, 1, TimeUnit.MINUTES);
    }

    private static void finishOverdue(AttemptFlow flow) {
        try {
            int finished = flow.finishOverdue();
            if (finished > 0) {
                LOG.info(() -> finished + " attempt(s) finished after their time ran out");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "finishing overdue attempts failed; will try again", e);
        }
    }
}
