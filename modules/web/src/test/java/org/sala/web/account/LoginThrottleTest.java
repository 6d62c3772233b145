package org.sala.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sala.web.TestClock;

class LoginThrottleTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
            clock.advance(Duration.ofSeconds(10));
        }
    }

    @Test
    void fourFailuresAreForgivenTheFifthLocksTheAccountUntilTheOldestLeavesTheWindow() {
        fail("sokha", "10.0.0.1", 4);
        assertThat(throttle.refusedFor("sokha", "10.0.0.1")).isEmpty();

        fail("sokha", "10.0.0.1", 1);

        assertThat(throttle.refusedFor("sokha", "10.0.0.1")).contains(Duration.ofMinutes(15).minusSeconds(50));
        assertThat(throttle.refusedFor("sokha", "10.0.0.2")).as("the account is locked from any address").isPresent();
        assertThat(throttle.refusedFor("dara", "10.0.0.1")).as("other accounts are not").isEmpty();

        clock.advance(Duration.ofMinutes(15).minusSeconds(50));
        assertThat(throttle.refusedFor("sokha", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        fail("sokha", "10.0.0.1", 4);
        throttle.succeeded("sokha");
        fail("sokha", "10.0.0.1", 4);

        assertThat(throttle.refusedFor("sokha", "10.0.0.1")).isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsIsStopped() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            fail("account-" + i, "192.0.2.7", 1);
        }

        assertThat(throttle.refusedFor("fresh-account", "192.0.2.7")).isPresent();
        assertThat(throttle.refusedFor("fresh-account", "192.0.2.8")).isEmpty();
    }
}
