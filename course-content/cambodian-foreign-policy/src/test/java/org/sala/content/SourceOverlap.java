package org.sala.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs of {@value #RUN} consecutive words, compared by fingerprint. The course may take facts from its
 * source document but not its sentences; the repository keeps only fingerprints of the source's word
 * runs (a hash of each run), never the source's text.
 *
 * <p>Words are runs of letters, digits and apostrophes, lower-cased; everything else separates them, so
 * punctuation, line breaks and Markdown marks do not hide a copied run.
 */
final class SourceOverlap {

    static final int RUN = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    private SourceOverlap() {
    }

    static List<String> words(String text) {
        var words = new ArrayList<String>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Each run of {@link #RUN} words, in order. */
    static List<String> runs(String text) {
        List<String> words = words(text);
        var runs = new ArrayList<String>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }

    static String fingerprint(String run) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static Set<String> fingerprints(String text) {
        var fingerprints = new LinkedHashSet<String>();
        runs(text).forEach(run -> fingerprints.add(fingerprint(run)));
        return fingerprints;
    }
}
