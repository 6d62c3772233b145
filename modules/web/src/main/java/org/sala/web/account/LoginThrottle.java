package org.sala.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * keeps the owner out. A success clears the account's failures. The failures are kept where {@link Failures} keeps them: in the
 * database in the application (every node of a cluster counts the same failures, and a restart forgets
 * nothing), in memory in tests. Learners behind one shared address (a school's network) share the per-address count.
 */
public final class LoginThrottle {

    public static final int PAIR_LIMIT = 5;
    public static final int ACCOUNT_SOFT_LIMIT = 10;
    public static final Duration ACCOUNT_MAX_DELAY = Duration.ofMinutes(1);
    public static final int ADDRESS_LIMIT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    /** Where failed sign-ins are remembered, by key. */
    public interface Failures {

        void add(String key, Instant at);

        /** The failures under this key after {@code horizon}, oldest first. */
        List<Instant> after(String key, Instant horizon);

        void clear(String key);

        /** Forgets every failure at or before {@code horizon}. */
        void prune(Instant horizon);
    }

    /** Failures kept in this object's memory. */
    public static final class InMemory implements Failures {

        private final Map<String, List<Instant>> failures = new ConcurrentHashMap<>();

        @Override
        public void add(String key, Instant at) {
            failures.compute(key, (unused, times) -> {
                List<Instant> kept = times == null ? new ArrayList<>() : new ArrayList<>(times);
                kept.add(at);
                return List.copyOf(kept);
            });
        }

        @Override
        public List<Instant> after(String key, Instant horizon) {
            return failures.getOrDefault(key, List.of()).stream().filter(time -> time.isAfter(horizon)).sorted().toList();
        }

        @Override
        public void clear(String key) {
            failures.remove(key);
        }

        @Override
        public void prune(Instant horizon) {
            failures.replaceAll((key, times) -> times.stream().filter(time -> time.isAfter(horizon)).toList());
            failures.values().removeIf(List::isEmpty);
        }
    }

    private final Clock clock;
    private final Failures failures;

    /** A throttle that remembers in memory. */
    public LoginThrottle(Clock clock) {
        this(clock, new InMemory());
    }

    public LoginThrottle(Clock clock, Failures failures) {
        this.clock = clock;
        this.failures = failures;
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
        failures.prune(now.minus(WINDOW));
        if (device.isPresent()) {
            failures.add(deviceKey(account, device.get()), now);
            return;
        }
        failures.add(pair(account, address), now);
        failures.add("account:" + account, now);
        failures.add("address:" + address, now);
    }

    public void succeeded(String account, String address) {
        succeeded(account, address, Optional.empty());
    }

    public void succeeded(String account, String address, Optional<String> device) {
        failures.clear("account:" + account);
        failures.clear(pair(account, address));
        device.ifPresent(known -> failures.clear(deviceKey(account, known)));
    }

    private static String deviceKey(String account, String device) {
        return "device:" + account + "|" + device;
    }

    private static String pair(String account, String address) {
        return "pair:" + account + "|" + address;
    }

    /** Refused until enough failures have left the window to fall below the limit. */
    private Optional<Duration> lockout(String key, int limit, Instant now) {
        List<Instant> times = failures.after(key, now.minus(WINDOW));
        if (times.size() < limit) {
            return Optional.empty();
        }
        Instant free = times.get(times.size() - limit).plus(WINDOW);
        return Optional.of(Duration.between(now, free));
    }

    /** Past the soft limit, a wait after the latest failure: 1 s, 2 s, 4 s ... up to the maximum. */
    private Optional<Duration> delay(String key, Instant now) {
        List<Instant> times = failures.after(key, now.minus(WINDOW));
        int over = times.size() - ACCOUNT_SOFT_LIMIT;
        if (over < 0) {
            return Optional.empty();
        }
        Duration wait = over >= 6 ? ACCOUNT_MAX_DELAY : Duration.ofSeconds(1L << over);
        wait = wait.compareTo(ACCOUNT_MAX_DELAY) > 0 ? ACCOUNT_MAX_DELAY : wait;
        Duration left = Duration.between(now, times.getLast().plus(wait));
        return left.isPositive() ? Optional.of(left) : Optional.empty();
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
