package org.sala.web.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import org.sala.web.account.AccountService;
import org.sala.web.content.PackCatalog;

/**
 * Loads the packs, opens the database and creates the configured accounts when the application starts, so
 * that a broken configuration fails the deployment instead of the first learner's request.
 */
@ApplicationScoped
class StartupCheck {

    void start(@Observes Startup startup, PackCatalog catalog, SalaDatabase database, AccountService accounts) {
        catalog.packs();
        database.transaction(entityManager -> entityManager.createNativeQuery("SELECT 1").getSingleResult());
        accounts.createStartupAccounts();
    }
}
