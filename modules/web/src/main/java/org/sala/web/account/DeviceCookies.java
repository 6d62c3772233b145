package org.sala.web.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Browsers an account has signed in from before. After a successful sign-in the browser keeps a cookie
 * naming the account, signed with a key only the server knows; a later sign-in to that account from that
 * browser is throttled on its own, so a classmate guessing at the same network address (a school behind
 * one public address) cannot lock the owner out. The key is kept in the database and shared by every node of a
 * deployment, so the cookie is recognised on all of them and after a restart.
 */
final class DeviceCookies {

    static final String NAME = "sala_device";
    static final int MAX_AGE_SECONDS = 365 * 24 * 3600;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;
    private final SecureRandom random = RANDOM;

    DeviceCookies(byte[] key) {
        this.key = key.clone();
    }

    /** A new random key of 256 bits. */
    static byte[] newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    /** A new cookie value for a browser that has just signed in to this account. */
    String issue(String account) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String device = ENCODER.encodeToString(nonce);
        return device + "." + mac(account, device);
    }

    /** The device the cookie names, if it was issued by this server for this account. */
    Optional<String> device(String account, String cookie) {
        if (cookie == null) {
            return Optional.empty();
        }
        int dot = cookie.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String device = cookie.substring(0, dot);
        byte[] given = cookie.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = mac(account, device).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(device) : Optional.empty();
    }

    private String mac(String account, String device) {
        return RequestTokens.hmac(key, account + "\n" + device);
    }
}
