package org.sala.web.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finishes, with their saved answers, the attempts whose time and grace period have run out, even if their
 * learners never come back. {@code org.sala.web.StartupCheck} runs it at start and then every {@link #interval()}
 * (one minute; {@code SALA_OVERDUE_SWEEP} or {@code -Dsala.overdue.sweep}, e.g. {@code 5s}, for tests). A
 * failing run is logged and reported by {@code /health} until a run succeeds again.
 */
@ApplicationScoped
public class OverdueSweep {

    private static final Logger LOG = Logger.getLogger(OverdueSweep.class.getName());
    private static final Pattern SECONDS_OR_MINUTES = Pattern.compile("(\\d+)\\s*(s|m)");

    /** The outcome of the latest run: when it ran and, if it failed, why. */
    public record Status(Instant ranAt, Optional<String> failure) {
    }

    @Inject
    AttemptService flow;

    @Inject
    Clock clock;

    private volatile Status last;

    /** Runs once: finishes what is overdue, logs how many; a failure is logged and kept for {@code /health}. */
    public void run() {
        try {
            int finished = flow.finishOverdue();
            if (finished > 0) {
                LOG.info(() -> finished + " attempt(s) finished after their time ran out");
            }
            last = new Status(clock.instant(), Optional.empty());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "finishing overdue attempts failed; will try again in " + interval().toSeconds() + " s", e);
            last = new Status(clock.instant(), Optional.of(String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
    }

    /** The latest run, empty before the first. */
    public Optional<Status> last() {
        return Optional.ofNullable(last);
    }

    /** How often the sweep runs. */
    public static Duration interval() {
        return parse(System.getProperty("sala.overdue.sweep", System.getenv("SALA_OVERDUE_SWEEP")));
    }

    /** {@code 30s}, {@code 2m} or ISO-8601 ({@code PT30S}); one minute when unset; refused when not positive. */
    static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            return Duration.ofMinutes(1);
        }
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        Duration interval;
        Matcher matcher = SECONDS_OR_MINUTES.matcher(trimmed);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            interval = matcher.group(2).equals("s") ? Duration.ofSeconds(amount) : Duration.ofMinutes(amount);
        } else {
            try {
                interval = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("SALA_OVERDUE_SWEEP is '" + text + "'; write how often to finish overdue attempts,"
                        + " e.g. 1m or 30s");
            }
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("SALA_OVERDUE_SWEEP is '" + text + "'; it must be more than zero, e.g. 1m or 30s");
        }
        return interval;
    }
}
