package org.sala.web.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The application's one source of time: every service and page injects this {@link Clock} (UTC), so the
 * engine's rules see one "now" and tests replace it in one place (the {@code clock} field of the bean they
 * build by hand).
 */
@ApplicationScoped
public class ApplicationClock {

    private final Clock clock = Clock.systemUTC();

    @Produces
    Clock clock() {
        return clock;
    }
}
