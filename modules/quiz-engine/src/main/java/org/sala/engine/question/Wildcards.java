package org.sala.engine.question;

/**
 * {@code *} wildcard matching in linear time (the greedy algorithm with one backtrack point), so that a
 * pattern like {@code *a*a*a*b} cannot make grading slow.
 */
final class Wildcards {

    private Wildcards() {
    }

    static boolean matches(String pattern, String text) {
        // Turn "\*" into a literal star by marking it; keep the rest as it is.
        int[] tokens = tokens(pattern);
        int p = 0;
        int t = 0;
        int starAt = -1;
        int starText = 0;
        while (t < text.length()) {
            if (p < tokens.length && tokens[p] != STAR && tokens[p] == text.charAt(t)) {
                p++;
                t++;
            } else if (p < tokens.length && tokens[p] == STAR) {
                starAt = p++;
                starText = t;
            } else if (starAt >= 0) {
                p = starAt + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (p < tokens.length && tokens[p] == STAR) {
            p++;
        }
        return p == tokens.length;
    }

    private static final int STAR = -1;

    private static int[] tokens(String pattern) {
        int[] tokens = new int[pattern.length()];
        int n = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                tokens[n++] = '*';
                i++;
            } else {
                tokens[n++] = c == '*' ? STAR : c;
            }
        }
        return java.util.Arrays.copyOf(tokens, n);
    }
}
