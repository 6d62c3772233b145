package org.sala.pack.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sala.pack.gift.GiftAnswers.Accepted;
import org.sala.pack.gift.GiftAnswers.Choices;
import org.sala.pack.gift.GiftAnswers.Essay;
import org.sala.pack.gift.GiftAnswers.Judgement;
import org.sala.pack.gift.GiftAnswers.Numbers;
import org.sala.pack.gift.GiftAnswers.Option;
import org.sala.pack.gift.GiftAnswers.Pair;
import org.sala.pack.gift.GiftAnswers.Pairs;
import org.sala.pack.gift.GiftAnswers.Value;

/**
 * Reads what is between a question's braces (general feedback already taken off) into
 * {@link GiftAnswers}. The kind is decided as Moodle decides it, in this order, so a file imports here as
 * it does in Moodle: empty is an essay; a leading {@code #} is numeric; any {@code ~} makes options; an
 * {@code =} with a {@code ->} makes pairs; {@code T}, {@code TRUE}, {@code F} or {@code FALSE} (exactly so,
 * before any {@code #}) is true/false; anything else is accepted short answers.
 *
 * <p>Within an answer, {@code %weight%} comes first and {@code #feedback} last. Text before the first
 * marker counts as an answer, as in Moodle ({@code {Paris}} accepts "Paris").
 */
final class AnswerParser {

    /** Receives what is imported with a loss, without refusing the question. */
    interface Warnings {
        void warning(int position, String message);
    }

    /** A weight in percent: {@code %50%}, {@code %-25%}, {@code %33.33333%}. */
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d*)?)%");
    private static final Set<String> TRUTHS = Set.of("T", "TRUE");
    private static final Set<String> FALSEHOODS = Set.of("F", "FALSE");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final int MAX_SCALE = 100;

    private AnswerParser() {
    }

    /** One answer as written: the marker that opened it (0 for text before any marker) and what follows. */
    private record Segment(char marker, GiftText body, int position) {
    }

    /** An answer's parts: its text (format tag not yet dropped), its weight if written, its feedback. */
    private record Part(GiftText text, BigDecimal credit, String feedback) {
    }

    static GiftAnswers parse(GiftText braces, Warnings warnings) {
        GiftText answers = braces.strip();
        if (answers.isBlank()) {
            return new Essay();
        }
        if (answers.startsWith("#")) {
            return numbers(answers.from(1), warnings);
        }
        if (answers.indexOf("~") >= 0) {
            return choices(answers);
        }
        if (answers.indexOf("=") >= 0 && answers.indexOf("->") >= 0) {
            return pairs(answers);
        }
        int hash = answers.indexOf("#");
        String verdict = (hash < 0 ? answers : answers.slice(0, hash)).marked().strip();
        if (TRUTHS.contains(verdict) || FALSEHOODS.contains(verdict)) {
            return judgement(answers, TRUTHS.contains(verdict));
        }
        return accepted(answers, warnings);
    }

    private static Choices choices(GiftText answers) {
        var options = new ArrayList<Option>();
        boolean single = false;
        for (Segment segment : split(answers, "~=")) {
            Part part = part(segment);
            boolean right = segment.marker() == '=';
            single |= right;
            BigDecimal credit = part.credit() != null ? part.credit() : right ? BigDecimal.ONE : BigDecimal.ZERO;
            options.add(new Option(requireText(part.text(), segment), credit, part.feedback(), segment.position()));
        }
        if (options.size() < 2) {
            throw new Rejection(answers.position(), "a choice question needs at least 2 answers");
        }
        return new Choices(options, single);
    }

    private static Judgement judgement(GiftText answers, boolean truth) {
        int first = answers.indexOf("#");
        int second = first < 0 ? -1 : answers.indexOf("#", first + 1);
        String wrong = first < 0 ? "" : (second < 0 ? answers.from(first + 1) : answers.slice(first + 1, second)).content();
        String right = second < 0 ? "" : answers.from(second + 1).content();
        return new Judgement(truth, wrong, right);
    }

    private static Accepted accepted(GiftText answers, Warnings warnings) {
        var accepted = new ArrayList<Option>();
        List<Segment> segments = split(answers, "=");
        for (Segment segment : segments) {
            Part part = part(segment);
            BigDecimal credit = part.credit() != null ? part.credit() : BigDecimal.ONE;
            accepted.add(new Option(requireText(part.text(), segment), credit, part.feedback(), segment.position()));
        }
        // {true} is a short answer to Moodle, which is rarely what its author meant; {=true} surely is one.
        if (segments.size() == 1 && segments.get(0).marker() == 0) {
            String only = accepted.get(0).text().toUpperCase(Locale.ROOT);
            if (TRUTHS.contains(only) || FALSEHOODS.contains(only)) {
                warnings.warning(accepted.get(0).position(), "{" + accepted.get(0).text() + "} is read as a typed short answer,"
                        + " as Moodle reads it; for a true/false question write {TRUE} or {FALSE} (upper case)");
            }
        }
        return new Accepted(accepted);
    }

    private static Pairs pairs(GiftText answers) {
        var pairs = new ArrayList<Pair>();
        for (Segment segment : split(answers, "=")) {
            GiftText body = segment.body();
            int arrow = body.indexOf("->");
            if (arrow < 0) {
                throw new Rejection(segment.position(), "a matching answer is written '=left -> right'; this one has no '->'");
            }
            String left = body.slice(0, arrow).content();
            String right = body.from(arrow + 2).plain().strip();
            if (right.isEmpty()) {
                throw new Rejection(segment.position(), "a matching answer has nothing right of '->'");
            }
            pairs.add(new Pair(left, right, segment.position()));
        }
        return new Pairs(pairs);
    }

    private static Numbers numbers(GiftText afterHash, Warnings warnings) {
        GiftText answers = afterHash;
        int otherwise = answers.indexOf("~");
        if (otherwise >= 0) {
            warnings.warning(answers.positionOf(otherwise), "feedback for any other number ('~#...') is not imported:"
                    + " the engine has no catch-all answer");
            answers = answers.slice(0, otherwise);
        }
        var values = new ArrayList<Value>();
        for (Segment segment : split(answers, "=")) {
            Part part = part(segment);
            String written = part.text().content();
            if (written.equals("*")) {
                warnings.warning(segment.position(), "the catch-all answer '*' is not imported: the engine has no catch-all answer");
                continue;
            }
            if (written.isEmpty()) {
                throw new Rejection(segment.position(), "an answer has no number; write e.g. =1999 or =1999:1");
            }
            BigDecimal credit = part.credit() != null ? part.credit() : BigDecimal.ONE;
            values.add(value(written, credit, part.feedback(), segment.position()));
        }
        if (values.isEmpty()) {
            throw new Rejection(afterHash.position(), "a numeric question needs a number after '#', e.g. {#1999}, {#1999:1} or {#1998..2000}");
        }
        return new Numbers(values);
    }

    /** {@code value}, {@code value:tolerance} or {@code min..max} (the midpoint, give or take half the width). */
    private static Value value(String written, BigDecimal credit, String feedback, int position) {
        BigDecimal value;
        BigDecimal tolerance;
        int range = written.indexOf("..");
        int colon = written.indexOf(':');
        if (range > 0) {
            BigDecimal min = number(written.substring(0, range), position);
            BigDecimal max = number(written.substring(range + 2), position);
            if (min.compareTo(max) > 0) {
                throw new Rejection(position, "the range " + written + " runs backwards; write the smaller number first");
            }
            value = min.add(max).divide(TWO);
            tolerance = max.subtract(value);
        } else if (colon > 0) {
            value = number(written.substring(0, colon), position);
            tolerance = number(written.substring(colon + 1), position);
        } else {
            value = number(written, position);
            tolerance = BigDecimal.ZERO;
        }
        if (tolerance.signum() < 0) {
            throw new Rejection(position, "the tolerance in '" + written + "' is negative; write it without a sign");
        }
        return new Value(value, tolerance, credit, feedback, position);
    }

    private static BigDecimal number(String text, int position) {
        String number = text.strip();
        try {
            BigDecimal value = new BigDecimal(number);
            // 1e999999999 parses, but arithmetic on it would take the memory of a billion digits.
            if (Math.abs(value.scale()) > MAX_SCALE || value.precision() > MAX_SCALE) {
                throw new Rejection(position, "'" + number + "' is too large or too precise for a numeric answer");
            }
            return value;
        } catch (NumberFormatException notANumber) {
            throw new Rejection(position, "'" + number + "' is not a number; write e.g. 1999, -2.5 or 1.5e3"
                    + " (a decimal point, no thousands separators)");
        }
    }

    private static Part part(Segment segment) {
        GiftText body = segment.body().strip();
        BigDecimal credit = null;
        Matcher weight = WEIGHT.matcher(body.marked());
        if (weight.find()) {
            BigDecimal percent = new BigDecimal(weight.group(1));
            if (percent.abs().compareTo(HUNDRED) > 0) {
                throw new Rejection(segment.position(), "the weight " + weight.group(1) + "% is outside -100%..100%");
            }
            credit = percent.movePointLeft(2);
            body = body.from(weight.end());
        }
        int hash = body.indexOf("#");
        GiftText text = hash < 0 ? body : body.slice(0, hash);
        String feedback = hash < 0 ? "" : body.from(hash + 1).content();
        return new Part(text, credit, feedback);
    }

    private static String requireText(GiftText text, Segment segment) {
        String content = text.content();
        if (content.isEmpty()) {
            throw new Rejection(segment.position(), "an answer has no text");
        }
        return content;
    }

    /**
     * Cuts {@code text} before each of {@code markers}. Text before the first marker counts only when it
     * is not blank; an answer is reported at its marker.
     */
    private static List<Segment> split(GiftText text, String markers) {
        var segments = new ArrayList<Segment>();
        String marked = text.marked();
        int start = 0;
        char marker = 0;
        for (int i = 0; i <= marked.length(); i++) {
            if (i == marked.length() || markers.indexOf(marked.charAt(i)) >= 0) {
                GiftText body = text.slice(start, i);
                if (marker != 0) {
                    segments.add(new Segment(marker, body, text.positionOf(start - 1)));
                } else if (!body.isBlank()) {
                    segments.add(new Segment(marker, body, body.strip().position()));
                }
                if (i < marked.length()) {
                    marker = marked.charAt(i);
                    start = i + 1;
                }
            }
        }
        return segments;
    }
}
