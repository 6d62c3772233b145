package org.sala.web;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.sala.web.account.AccountService;
import org.sala.web.content.PackCatalog;
import org.sala.web.database.SalaDatabase;
import org.sala.web.quiz.OverdueSweep;

/**
 * Loads the packs, opens the database and creates the configured accounts when the application starts, so
 * that a broken configuration fails the deployment instead of the first learner's request; then finishes
 * overdue attempts at start and at every interval of the {@link OverdueSweep}. The schedule belongs to this
 * deployment: it is cancelled when the application stops, so a copy that the server undeploys (a redeploy,
 * or a restart that finds an older copy) leaves no job behind running against a dead application.
 */
@ApplicationScoped
class StartupCheck {

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> sweeping;

    void start(@Observes Startup startup, PackCatalog catalog, SalaDatabase database, AccountService accounts,
               org.sala.web.account.AccessService access, OverdueSweep sweep) {
        Duration interval = OverdueSweep.interval();
        Redirects.publicUrl();
        catalog.packs();
        database.answers();
        accounts.createStartupAccounts();
        if (accounts.isDemo()) {
            access.grantDemoRights("demo-instructor");
        }
        // Attempts whose time ran out while nobody looked (or the server was down) are finished with their saved answers.
        sweep.run();
        sweeping = scheduler.scheduleWithFixedDelay(sweep::run, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }
}
