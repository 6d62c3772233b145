package org.sala.web.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that tie a request made by a page's script to the account and the thing it acts on (an attempt),
 * against cross-site requests: a page of this server carries the token, another site cannot read it or make
 * one. A token is the HMAC-SHA256 of the account and the purpose under a key kept in the database and shared
 * by every node, so it holds on all of them and after a restart; it needs no session state.
 */
public final class RequestTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    RequestTokens(byte[] key) {
        this.key = key.clone();
    }

    /** The token for this account and purpose ({@code answers:<attempt id>}). */
    public String issue(String account, String purpose) {
        return hmac(key, account + "\n" + purpose);
    }

    /** Whether the token was issued by this deployment for this account and purpose (compared in constant time). */
    public boolean valid(String account, String purpose, String token) {
        if (account == null || token == null || token.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(issue(account, purpose).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    /** HMAC-SHA256 of the text under the key, base64url without padding. */
    static String hmac(byte[] key, String text) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return ENCODER.encodeToString(hmac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
