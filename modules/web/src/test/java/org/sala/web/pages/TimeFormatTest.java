package org.sala.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Times are written in the learner's language and in the zone their browser reported, the zone named. */
class TimeFormatTest {

    private static final Instant OPENS = Instant.parse("2027-01-10T08:00:00Z");

    @Test
    void withoutAZoneFromTheBrowserTimesAreInUtc() {
        assertThat(new TimeFormat(Locale.ENGLISH, TimeFormat.zone((Cookie[]) null)).dateTime(OPENS)).isEqualTo("10 January 2027, 08:00 UTC");
    }

    @Test
    void aLearnerInPhnomPenhReadsTheirOwnClock() {
        ZoneId zone = TimeFormat.zone(new Cookie[] {new Cookie("other", "x"), new Cookie(TimeFormat.ZONE_COOKIE, "Asia/Phnom_Penh")});

        assertThat(zone).isEqualTo(ZoneId.of("Asia/Phnom_Penh"));
        assertThat(new TimeFormat(Locale.ENGLISH, zone).dateTime(OPENS)).startsWith("10 January 2027, 15:00 ").doesNotEndWith("UTC");
    }

    @Test
    void aZoneCookieThatNamesNoZoneFallsBackToUtc() {
        for (String forged : new String[] {"Mars/Olympus", "../../etc/passwd", "GMT+25", "A".repeat(100), "<script>"}) {
            assertThat(TimeFormat.zone(forged)).as(forged).isEmpty();
        }
        assertThat(TimeFormat.zone(new Cookie[] {new Cookie(TimeFormat.ZONE_COOKIE, "Mars/Olympus")})).isEqualTo(ZoneOffset.UTC);
    }
}
