package org.sala.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceCookiesTest {

    private final DeviceCookies devices = new DeviceCookies(DeviceCookies.newKey());

    @Test
    void aCookieIssuedForAnAccountNamesItsDeviceForThatAccountOnly() {
        String cookie = devices.issue("sokha");

        assertThat(devices.device("sokha", cookie)).contains(cookie.substring(0, cookie.indexOf('.')));
        assertThat(devices.device("dara", cookie)).isEmpty();
        assertThat(devices.issue("sokha")).as("each sign-in, a new device id").isNotEqualTo(cookie);
    }

    @Test
    void aForgedTamperedOrForeignCookieNamesNoDevice() {
        String cookie = devices.issue("sokha");

        char last = cookie.charAt(cookie.length() - 1);
        assertThat(devices.device("sokha", cookie.substring(0, cookie.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(devices.device("sokha", "made-up.value")).isEmpty();
        assertThat(devices.device("sokha", "no-dot")).isEmpty();
        assertThat(devices.device("sokha", null)).isEmpty();
        assertThat(new DeviceCookies(DeviceCookies.newKey()).device("sokha", cookie)).as("another server's key").isEmpty();
    }
}
