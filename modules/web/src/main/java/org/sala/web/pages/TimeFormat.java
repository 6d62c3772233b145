package org.sala.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way a time is written on a page: date and time in the learner's language and time zone, with the
 * zone named ("10 January 2027, 08:00 UTC", "10 January 2027, 15:00 ICT"). The zone is the one the learner's
 * browser reported in the {@code sala_zone} cookie ({@code zone.js}); UTC until it has, or when it names no
 * zone Java knows.
 */
record TimeFormat(Locale locale, ZoneId zone) {

    /** The cookie the browser keeps its time zone in (an IANA name such as {@code Asia/Phnom_Penh}). */
    static final String ZONE_COOKIE = "sala_zone";

    TimeFormat {
        locale = locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
    }

    /** The format for this request: the view's language and the browser's zone. */
    static TimeFormat current() {
        FacesContext context = FacesContext.getCurrentInstance();
        var request = (HttpServletRequest) context.getExternalContext().getRequest();
        return new TimeFormat(context.getViewRoot().getLocale(), zone(request.getCookies()));
    }

    /** The zone a cookie names, or UTC. */
    static ZoneId zone(Cookie[] cookies) {
        if (cookies == null) {
            return ZoneOffset.UTC;
        }
        for (Cookie cookie : cookies) {
            if (ZONE_COOKIE.equals(cookie.getName())) {
                return zone(cookie.getValue()).orElse(ZoneOffset.UTC);
            }
        }
        return ZoneOffset.UTC;
    }

    /** A zone by its IANA name; empty for anything else (the cookie comes from the browser, so it may be anything). */
    static Optional<ZoneId> zone(String name) {
        if (name == null || name.length() > 64 || !name.matches("[A-Za-z0-9_+\\-/]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    /** A moment as a date and a time of day in the learner's zone, the zone named. */
    String dateTime(Instant instant) {
        var local = instant.atZone(zone);
        String zoneName = zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getDisplayName(TextStyle.SHORT, locale);
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).format(local) + " " + zoneName;
    }
}
