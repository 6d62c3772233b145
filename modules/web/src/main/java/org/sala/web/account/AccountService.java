package org.sala.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.sala.persistence.account.Account;
import org.sala.persistence.account.AccountRepository;
import org.sala.persistence.account.ThrottleRepository;
import org.sala.persistence.account.Role;
import org.sala.web.database.SalaDatabase;

/**
 * Registration and password checks. Passwords are hashed with PBKDF2-HMAC-SHA256 (210,000 iterations, the
 * OWASP 2023 figure, 32-byte salt) and never stored or logged in clear.
 *
 * <p>At startup: the first administrator comes from configuration ({@code SALA_ADMIN_USER} and
 * {@code SALA_ADMIN_PASSWORD}, or the same as system properties {@code sala.admin.user} /
 * {@code sala.admin.password}) when no administrator exists yet; there is no default password. With
 * {@code sala.demo=true} (set only by the embedded demo run) demo accounts are created, listed in the README.
 */
@ApplicationScoped
public class AccountService {

    private final java.util.Map<String, String> displayNames = new java.util.concurrent.ConcurrentHashMap<>();


    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    /** The demo run's accounts: username, display name, password, role. */
    static final List<String[]> DEMO_ACCOUNTS = List.of(
            new String[] {"demo-learner", "Demo Learner", "learn-cambodia-2026", "LEARNER"},
            new String[] {"demo-instructor", "Demo Instructor", "teach-cambodia-2026", "INSTRUCTOR"});

    @Inject
    Clock clock;

    private LoginThrottle throttle;

    @Inject
    SalaDatabase database;

    @Inject
    AccountRepository accounts;

    /** The throttle's failures and the nodes' shared secrets; absent in service tests, which keep them in memory. */
    @Inject
    ThrottleRepository throttles;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void configureHashing() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** The outcome of a registration: the account, or the problems per form field (message keys). */
    public record Registration(Optional<Account> account, Map<String, List<String>> problems) {
    }

    public Registration register(String username, String displayName, String password, Set<Role> roles) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!Account.USERNAME.matcher(name).matches()) {
            problems.put("username", List.of("username.invalid"));
        } else if (find(name).isPresent()) {
            problems.put("username", List.of("username.taken"));
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            problems.put("displayName", List.of("displayName.invalid"));
        }
        List<String> passwordProblems = PasswordRules.problems(name, password);
        if (!passwordProblems.isEmpty()) {
            problems.put("password", passwordProblems);
        }
        if (!problems.isEmpty()) {
            return new Registration(Optional.empty(), problems);
        }
        var account = new Account(name, displayName, passwordHash.generate(password.toCharArray()), roles, clock.instant());
        boolean created = database.write(() -> {
            if (accounts.find(name).isPresent()) {
                return false;
            }
            accounts.add(account);
            return true;
        });
        return created ? new Registration(Optional.of(account), Map.of())
                : new Registration(Optional.empty(), Map.of("username", List.of("username.taken")));
    }

    /** The account, if the password is right. Takes as long for an unknown user as for a wrong password. */
    public Optional<Account> verify(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<Account> account = find(username.strip().toLowerCase(java.util.Locale.ROOT));
        String hash = account.map(Account::passwordHash).orElse(DUMMY_HASH);
        boolean right = passwordHash.verify(password.toCharArray(), hash);
        return account.filter(found -> right);
    }

    private DeviceCookies devices;

    /** The browsers accounts have signed in from, for the throttle: the same on every node (the key is shared in the database). */
    synchronized DeviceCookies devices() {
        if (devices == null) {
            devices = throttles == null ? new DeviceCookies(DeviceCookies.newKey()) : new DeviceCookies(sharedKey("device-cookies"));
        }
        return devices;
    }

    private RequestTokens requestTokens;

    /** Tokens for requests a page's script makes (saving an answer): the same on every node (the key is shared in the database). */
    public synchronized RequestTokens requestTokens() {
        if (requestTokens == null) {
            requestTokens = new RequestTokens(throttles == null ? DeviceCookies.newKey() : sharedKey("request-tokens"));
        }
        return requestTokens;
    }

    /** A key every node uses: made by the first that needs it; a node that loses the race to store one reads the winner's. */
    private byte[] sharedKey(String name) {
        Optional<String> stored = database.read(() -> throttles.secret(name));
        if (stored.isEmpty()) {
            String made = java.util.Base64.getEncoder().encodeToString(DeviceCookies.newKey());
            try {
                database.run(() -> throttles.addSecret(name, made));
            } catch (RuntimeException storedElsewhere) {
                LOG.fine(() -> "another node stored the shared key '" + name + "' first");
            }
            stored = database.read(() -> throttles.secret(name));
        }
        return java.util.Base64.getDecoder().decode(stored.orElseThrow(() -> new IllegalStateException("the shared key '" + name + "' could not be stored")));
    }

    /** The sign-in throttle every login goes through; it counts in the database, so across the nodes of a cluster. */
    public synchronized LoginThrottle throttle() {
        if (throttle == null) {
            throttle = new LoginThrottle(clock, throttles == null ? new LoginThrottle.InMemory() : new StoredFailures());
        }
        return throttle;
    }

    /** The throttle's failures in the database, each call a transaction of its own. */
    private final class StoredFailures implements LoginThrottle.Failures {

        @Override
        public void add(String key, java.time.Instant at) {
            database.run(() -> throttles.failed(key, at));
        }

        @Override
        public List<java.time.Instant> after(String key, java.time.Instant horizon) {
            return database.read(() -> throttles.failuresAfter(key, horizon));
        }

        @Override
        public void clear(String key) {
            database.run(() -> throttles.forget(key));
        }

        @Override
        public void prune(java.time.Instant horizon) {
            database.run(() -> throttles.forgetBefore(horizon));
        }
    }

    /**
     * The name every page header shows, read from the database once per account and then kept (names do not
     * change once an account exists); empty for an unknown username.
     */
    public Optional<String> displayName(String username) {
        String known = displayNames.get(username);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = find(username).map(Account::displayName);
        found.ifPresent(name -> {
            if (displayNames.size() > 100_000) {
                displayNames.clear();
            }
            displayNames.put(username, name);
        });
        return found;
    }

    public Optional<Account> find(String username) {
        return database.read(() -> accounts.find(username));
    }

    /** How long a node trusts what it read of an account's state (disabled, roles) before reading it again. */
    static final java.time.Duration STATUS_KEPT = java.time.Duration.ofSeconds(5);

    private record Status(Optional<Account> account, java.time.Instant readAt) {
    }

    private final java.util.Map<String, Status> statuses = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The account as every request of a signed-in user checks it (disabled? roles taken away? a temporary
     * password?): read from the database at most every {@link #STATUS_KEPT} per account and node, so a change
     * made on another node of a cluster counts within seconds, and at once on the node that made it.
     */
    public Optional<Account> status(String username) {
        java.time.Instant now = clock.instant();
        Status known = statuses.get(username);
        if (known != null && known.readAt().plus(STATUS_KEPT).isAfter(now)) {
            return known.account();
        }
        Optional<Account> found;
        try {
            found = find(username);
        } catch (RuntimeException databaseAway) {
            if (known == null) {
                throw databaseAway;
            }
            // Keep what was read last for another while: a page should not wait for a database that is away twice.
            statuses.put(username, new Status(known.account(), now));
            return known.account();
        }
        if (statuses.size() > 100_000) {
            statuses.clear();
        }
        statuses.put(username, new Status(found, now));
        return found;
    }

    /** Forgets what this node read of the account, after a change to it. */
    void forget(String username) {
        statuses.remove(username);
        displayNames.remove(username);
    }

    /** The stored hash of a password (PBKDF2, as at registration). */
    String hash(String password) {
        return passwordHash.generate(password.toCharArray());
    }

    /**
     * The signed-in user changes their password: the current one must be right and the new one acceptable
     * ({@link PasswordRules}) and different. A temporary password is then no longer in force.
     *
     * @return the problems per form field (message keys); empty when the password was changed
     */
    public Map<String, List<String>> changePassword(String username, String current, String changed, String repeated) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Optional<Account> account = verify(username, current);
        if (account.isEmpty()) {
            problems.put("current", List.of("password.currentWrong"));
            return problems;
        }
        List<String> rules = PasswordRules.problems(username, changed);
        if (!rules.isEmpty()) {
            problems.put("password", rules);
        } else if (changed.equals(current)) {
            problems.put("password", List.of("password.same"));
        } else if (!changed.equals(repeated)) {
            problems.put("repeat", List.of("password.mismatch"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        String hashed = hash(changed);
        database.run(() -> accounts.find(username).ifPresent(found -> accounts.update(found.withPassword(hashed, false))));
        forget(username);
        return Map.of();
    }

    /** Creates the configured first administrator and, in the demo run, the demo accounts. */
    public void createStartupAccounts() {
        String adminUser = setting("sala.admin.user", "SALA_ADMIN_USER");
        String adminPassword = setting("sala.admin.password", "SALA_ADMIN_PASSWORD");
        long admins = database.read(() -> accounts.countWith(Role.ADMIN));
        if (admins == 0 && adminUser != null && adminPassword != null) {
            Registration admin = register(adminUser, "Administrator", adminPassword, Set.of(Role.ADMIN, Role.INSTRUCTOR, Role.LEARNER));
            if (admin.account().isPresent()) {
                LOG.info(() -> "Created the administrator account '" + admin.account().get().username() + "'");
            } else {
                LOG.severe(() -> "The configured administrator could not be created: " + admin.problems());
            }
        } else if (admins == 0) {
            LOG.warning("No administrator account: set SALA_ADMIN_USER and SALA_ADMIN_PASSWORD to create the first one.");
        }
        if (Boolean.parseBoolean(setting("sala.demo", "SALA_DEMO"))) {
            for (String[] demo : DEMO_ACCOUNTS) {
                if (find(demo[0]).isEmpty()) {
                    register(demo[0], demo[1], demo[2], java.util.EnumSet.of(Role.valueOf(demo[3]), Role.LEARNER));
                    LOG.info(() -> "Demo run: created the demo account '" + demo[0] + "' (see README)");
                }
            }
        }
    }

    /** Whether this is the demo run ({@code sala.demo=true}, set only by the embedded demo run). */
    public boolean isDemo() {
        return Boolean.parseBoolean(setting("sala.demo", "SALA_DEMO"));
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? null : value;
    }

    /** A hash of a password nobody has, so an unknown user costs one PBKDF2 verification like a known one. */
    private static final String DUMMY_HASH =
            "PBKDF2WithHmacSHA256:210000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    static List<String> roleNames(Account account) {
        var names = new ArrayList<String>();
        account.roles().forEach(role -> names.add(role.roleName()));
        return names;
    }
}
