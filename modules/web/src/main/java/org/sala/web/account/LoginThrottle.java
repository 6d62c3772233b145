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
 * Slows down password guessing without letting one person lock another out. Three counts of failed
 * sign-ins within {@link #WINDOW}:
 * <ul>
 *   <li>per account <em>and</em> address: after {@link #PAIR_LIMIT}, that account is refused from that
 *       address (without checking the password) until the oldest of those failures leaves the window. The
 *       account's owner, signing in from elsewhere, is not refused;</li>
 *   <li>per account, from every address: past {@link #ACCOUNT_SOFT_LIMIT}, each further try waits a delay
 *       that doubles with every failure, up to {@link #ACCOUNT_MAX_DELAY}: a guesser with many addresses
 *       gets about one guess a minute, and the owner waits at most that long;</li>
 *   <li>per address, over all accounts: after {@link #ADDRESS_LIMIT}, the address is refused (one machine
 *       trying many accounts).</li>
 * </ul>
 * A sign-in from a browser the account has signed in from before ({@link DeviceCookies}) is counted on
 * its own instead: {@link #PAIR_LIMIT} failures refuse that browser only, so guessing anywhere else never
 * keeps the owner out. A success clears the account's failures. Kept in memory: a restart forgets it, and each cluster member
 * counts for itself. Learners behind one shared address (a school's network) share the per-address count.
 */
public final class LoginThrottle {

    public static final int PAIR_LIMIT = 5;
    public static final int ACCOUNT_SOFT_LIMIT = 10;
    public static final Duration ACCOUNT_MAX_DELAY = Duration.ofMinutes(1);
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
        return refusedFor(account, address, Optional.empty());
    }

    /** As {@link #refusedFor(String, String)}, from a browser the account signed in from before when {@code device} is given. */
    public Optional<Duration> refusedFor(String account, String address, Optional<String> device) {
        Instant now = clock.instant();
        if (device.isPresent()) {
            return lockout(deviceKey(account, device.get()), PAIR_LIMIT, now);
        }
        return longest(lockout(pair(account, address), PAIR_LIMIT, now), delay("account:" + account, now),
                lockout("address:" + address, ADDRESS_LIMIT, now));
    }

    public void failed(String account, String address) {
        failed(account, address, Optional.empty());
    }

    public void failed(String account, String address, Optional<String> device) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        if (device.isPresent()) {
            record(deviceKey(account, device.get()), now);
            return;
        }
        record(pair(account, address), now);
        record("account:" + account, now);
        record("address:" + address, now);
    }

    public void succeeded(String account, String address) {
        succeeded(account, address, Optional.empty());
    }

    public void succeeded(String account, String address, Optional<String> device) {
        failures.remove("account:" + account);
        failures.remove(pair(account, address));
        device.ifPresent(known -> failures.remove(deviceKey(account, known)));
    }

    private static String deviceKey(String account, String device) {
        return "device:" + account + "|" + device;
    }

    private static String pair(String account, String address) {
        return "pair:" + account + "|" + address;
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, unused -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    /** Refused until enough failures have left the window to fall below the limit. */
    private Optional<Duration> lockout(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            Instant free = times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(WINDOW);
            return Optional.of(Duration.between(now, free));
        }
    }

    /** Past the soft limit, a wait after the latest failure: 1 s, 2 s, 4 s ... up to the maximum. */
    private Optional<Duration> delay(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            int over = times.size() - ACCOUNT_SOFT_LIMIT;
            if (over < 0) {
                return Optional.empty();
            }
            Duration wait = over >= 6 ? ACCOUNT_MAX_DELAY : Duration.ofSeconds(1L << over);
            wait = wait.compareTo(ACCOUNT_MAX_DELAY) > 0 ? ACCOUNT_MAX_DELAY : wait;
            Duration left = Duration.between(now, times.peekLast().plus(wait));
            return left.isPositive() ? Optional.of(left) : Optional.empty();
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }

    @SafeVarargs
    private static Optional<Duration> longest(Optional<Duration>... waits) {
        Optional<Duration> longest = Optional.empty();
        for (Optional<Duration> wait : waits) {
            if (wait.isPresent() && (longest.isEmpty() || wait.get().compareTo(longest.get()) > 0)) {
                longest = wait;
            }
        }
        return longest;
    }
}
