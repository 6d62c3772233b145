/*
 * Tells the server the browser's time zone (an IANA name such as Asia/Phnom_Penh) in the sala_zone cookie,
 * so that pages write times in the learner's own zone. Without JavaScript, times are written in UTC.
 */
(function () {
    'use strict';
    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
        return;
    }
    if (!zone || !/^[A-Za-z0-9_+\-\/]{1,64}$/.test(zone)) {
        return;
    }
    if (document.cookie.split('; ').indexOf('sala_zone=' + zone) < 0) {
        document.cookie = 'sala_zone=' + zone + '; path=/; max-age=31536000; SameSite=Lax';
    }
}());
