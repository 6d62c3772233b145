package org.sala.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OverdueSweepTest {

    @Test
    void theIntervalIsAMinuteUnlessSetInSecondsMinutesOrIso() {
        assertThat(OverdueSweep.parse(null)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OverdueSweep.parse(" ")).isEqualTo(Duration.ofMinutes(1));
        assertThat(OverdueSweep.parse("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(OverdueSweep.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(OverdueSweep.parse("PT30S")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anIntervalThatIsNotADurationOrNotPositiveIsRefusedInOneLine() {
        assertThatThrownBy(() -> OverdueSweep.parse("soon"))
                .hasMessage("SALA_OVERDUE_SWEEP is 'soon'; write how often to finish overdue attempts, e.g. 1m or 30s");
        assertThatThrownBy(() -> OverdueSweep.parse("0s"))
                .hasMessage("SALA_OVERDUE_SWEEP is '0s'; it must be more than zero, e.g. 1m or 30s");
    }

    @Test
    void aFailedRunIsKeptForHealthUntilARunSucceeds() {
        var failing = new java.util.concurrent.atomic.AtomicBoolean(true);
        var sweep = new OverdueSweep();
        sweep.clock = new org.sala.web.TestClock(java.time.Instant.parse("2026-12-07T09:00:00Z"));
        sweep.flow = new AttemptService() {
            @Override
            public int finishOverdue() {
                if (failing.get()) {
                    throw new IllegalStateException("database unreachable\nsecond line");
                }
                return 0;
            }
        };

        sweep.run();
        assertThat(sweep.last()).hasValueSatisfying(status -> assertThat(status.failure()).contains("database unreachable"));

        failing.set(false);
        sweep.run();
        assertThat(sweep.last()).hasValueSatisfying(status -> assertThat(status.failure()).isEmpty());
    }
}
