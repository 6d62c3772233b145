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
    void fourFailuresAreForgivenTheFifthRefusesThatAccountFromThatAddressUntilTheOldestLeavesTheWindow() {
        fail("sokha", "10.0.0.1", 4);
        assertThat(throttle.refusedFor("sokha", "10.0.0.1")).isEmpty();

        fail("sokha", "10.0.0.1", 1);

        assertThat(throttle.refusedFor("sokha", "10.0.0.1")).contains(Duration.ofMinutes(15).minusSeconds(50));
        assertThat(throttle.refusedFor("dara", "10.0.0.1")).as("other accounts from that address are not").isEmpty();
        clock.advance(Duration.ofMinutes(15).minusSeconds(50));
        assertThat(throttle.refusedFor("sokha", "10.0.0.1")).isEmpty();
    }

    @Test
    void aClassmateGuessingFromTheirOwnMachineDoesNotLockTheOwnerOut() {
        fail("sokha", "10.0.0.66", 9);

        assertThat(throttle.refusedFor("sokha", "10.0.0.66")).as("the guesser is stopped").isPresent();
        assertThat(throttle.refusedFor("sokha", "10.0.0.1")).as("the owner, at their own desk, signs in").isEmpty();
    }

    @Test
    void guessesFromManyAddressesMeetDelaysThatDoubleUpToAMinuteButNeverALockout() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_SOFT_LIMIT; i++) {
            throttle.failed("sokha", "198.51.100." + i);
        }
        assertThat(throttle.refusedFor("sokha", "10.0.0.1")).contains(Duration.ofSeconds(1));
        throttle.failed("sokha", "198.51.100.200");
        assertThat(throttle.refusedFor("sokha", "10.0.0.1")).contains(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            throttle.failed("sokha", "203.0.113." + i);
        }
        assertThat(throttle.refusedFor("sokha", "10.0.0.1")).as("never longer than a minute").contains(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.refusedFor("sokha", "10.0.0.1")).as("the owner gets in once the delay has passed").isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountsFailuresFromThatAddress() {
        fail("sokha", "10.0.0.1", 4);
        throttle.succeeded("sokha", "10.0.0.1");
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

    @Test
    void aBrowserTheOwnerSignedInFromBeforeIsCountedOnItsOwn() {
        fail("sokha", "10.0.0.1", 9);
        assertThat(throttle.refusedFor("sokha", "10.0.0.1")).as("a new browser at the shared address").isPresent();
        assertThat(throttle.refusedFor("sokha", "10.0.0.1", java.util.Optional.of("owners-laptop"))).isEmpty();

        for (int i = 0; i < LoginThrottle.PAIR_LIMIT; i++) {
            throttle.failed("sokha", "10.0.0.1", java.util.Optional.of("owners-laptop"));
        }
        assertThat(throttle.refusedFor("sokha", "10.0.0.1", java.util.Optional.of("owners-laptop"))).isPresent();
        assertThat(throttle.refusedFor("sokha", "10.0.0.1", java.util.Optional.of("owners-phone"))).isEmpty();
    }
}
