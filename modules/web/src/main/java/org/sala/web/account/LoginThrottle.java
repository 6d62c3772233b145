package org.sala.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #ACCOUNT_LIMIT} failed sign-ins to one account within
 * {@link #WINDOW}, or {@link #ADDRESS_LIMIT} from one network address, further sign-ins there are refused
 * (without checking the password) until the oldest of those failures is older than the window. A success
 * clears the account's failures. Kept in memory: a restart forgets it, and each cluster member counts
 * for itself.
 */
public final class LoginThrottle {

    public static final int ACCOUNT_LIMIT = 5;
    public static final int ADDRESS_LIMIT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    /** More keys than this and the ones with no recent failure are dropped. */
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long sign-ins to this account from this address are refused; empty when they may go ahead. */
    public Optional<Duration> refusedFor(String account, String address) {
        Instant now = clock.instant();
        return longer(wait("account:" + account, ACCOUNT_LIMIT, now), wait("address:" + address, ADDRESS_LIMIT, now));
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        record("account:" + account, now);
        record("address:" + address, now);
    }

    public void succeeded(String account) {
        failures.remove("account:" + account);
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, unused -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            // Refused until enough failures have left the window to fall below the limit.
            Instant free = times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(WINDOW);
            return Optional.of(Duration.between(now, free));
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }

    private static Optional<Duration> longer(Optional<Duration> left, Optional<Duration> right) {
        if (left.isEmpty()) {
            return right;
        }
        if (right.isEmpty()) {
            return left;
        }
        return left.get().compareTo(right.get()) >= 0 ? left : right;
    }
}
