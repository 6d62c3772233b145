package org.sala.web.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What makes a password acceptable, in the spirit of NIST SP 800-63B: long enough (at least
 * {@value #MINIMUM_LENGTH} characters, at most {@value #MAXIMUM_LENGTH}), not one of the most common
 * passwords, not the username, and not a single character repeated. No rules about symbols or digits:
 * length is what makes a password strong. Each problem is a message key of the resource bundle.
 */
public final class PasswordRules {

    public static final int MINIMUM_LENGTH = 10;
    public static final int MAXIMUM_LENGTH = 200;

    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "1234567890", "12345678910",
            "qwertyuiop", "qwerty1234", "iloveyou12", "letmein123", "welcome123", "abcdefghij", "0123456789", "passw0rd12",
            "cambodia123", "phnompenh1", "sala123456", "adminadmin", "administrator", "changeme123", "1q2w3e4r5t");

    private PasswordRules() {
    }

    /** The problems with this password for this username; empty when it is acceptable. */
    public static List<String> problems(String username, String password) {
        var problems = new ArrayList<String>();
        if (password == null || password.length() < MINIMUM_LENGTH) {
            problems.add("password.tooShort");
            return problems;
        }
        if (password.length() > MAXIMUM_LENGTH) {
            problems.add("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            problems.add("password.common");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.containsUsername");
        }
        if (password.chars().distinct().count() <= 2) {
            problems.add("password.repetitive");
        }
        return problems;
    }
}
