package org.sala.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.sala.engine.attempt.Refusal;

/** The engine says why it refused as a reason and arguments; the page words it from the bundle. */
class RefusalWordingTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.sala.web.messages", Locale.ENGLISH);

    private static String worded(Refusal.Reason reason, Object... arguments) {
        return Pages.refusal(new Refusal(reason, List.of(arguments)), MESSAGES, new TimeFormat(Locale.ENGLISH, java.time.ZoneOffset.UTC));
    }

    @Test
    void everyReasonHasItsWords() {
        for (Refusal.Reason reason : Refusal.Reason.values()) {
            assertThat(MESSAGES.containsKey("refusal." + reason.name())).as(reason.name()).isTrue();
        }
    }

    @Test
    void timesAreWrittenForPeopleWithTheirZoneAndCountsChooseTheirWords() {
        assertThat(worded(Refusal.Reason.NOT_OPEN_YET, Instant.parse("2027-01-10T08:00:00Z")))
                .isEqualTo("The quiz opens on 10 January 2027, 08:00 UTC.");
        assertThat(worded(Refusal.Reason.NO_ATTEMPTS_LEFT, 1)).isEqualTo("The one attempt allowed has been used.");
        assertThat(worded(Refusal.Reason.NO_ATTEMPTS_LEFT, 2)).isEqualTo("All 2 attempts allowed have been used.");
        assertThat(worded(Refusal.Reason.STALE_SAVE)).startsWith("A newer answer to this question was saved already");
    }
}
