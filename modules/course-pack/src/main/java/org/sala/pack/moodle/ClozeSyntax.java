package org.sala.pack.moodle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's embedded answers, the syntax of its cloze ("multianswer") questions:
 * {@code {WEIGHT:TYPE:ALTERNATIVE~ALTERNATIVE...}}, each alternative {@code [=|%PERCENT%]ANSWER[#FEEDBACK]},
 * e.g. {@code {1:SHORTANSWER:=ASEAN#Right}}, {@code {2:NUMERICAL:=1999:0}}, {@code {1:MULTICHOICE:~ninth~=tenth}}.
 * {@code =} is full credit, {@code %50%} half, no prefix none. The weight is a whole number (1 when left
 * out). A backslash escapes {@code }}, {@code #} and {@code ~} inside an answer or feedback (older Moodle
 * versions keep the backslash before {@code ~}); HTML entities there are decoded, as Moodle does.
 *
 * <p>Reading finds each embedded answer and keeps it whole; what the alternatives mean is left to the
 * caller. A brace that only looks like an embedded answer (an unknown type) is reported and left as text,
 * which is what Moodle does with it.
 */
final class ClozeSyntax {

    /** The kinds of embedded answer; each has several names in Moodle. */
    enum Kind {
        SHORT_ANSWER, SHORT_ANSWER_CASE_SENSITIVE, NUMERICAL, MULTICHOICE, MULTICHOICE_SHUFFLED, MULTIRESPONSE
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("SHORTANSWER", Kind.SHORT_ANSWER), Map.entry("SA", Kind.SHORT_ANSWER), Map.entry("MW", Kind.SHORT_ANSWER),
            Map.entry("SHORTANSWER_C", Kind.SHORT_ANSWER_CASE_SENSITIVE), Map.entry("SAC", Kind.SHORT_ANSWER_CASE_SENSITIVE),
            Map.entry("MWC", Kind.SHORT_ANSWER_CASE_SENSITIVE),
            Map.entry("NUMERICAL", Kind.NUMERICAL), Map.entry("NM", Kind.NUMERICAL),
            Map.entry("MULTICHOICE", Kind.MULTICHOICE), Map.entry("MC", Kind.MULTICHOICE),
            Map.entry("MULTICHOICE_V", Kind.MULTICHOICE), Map.entry("MCV", Kind.MULTICHOICE),
            Map.entry("MULTICHOICE_H", Kind.MULTICHOICE), Map.entry("MCH", Kind.MULTICHOICE),
            Map.entry("MULTICHOICE_S", Kind.MULTICHOICE_SHUFFLED), Map.entry("MCS", Kind.MULTICHOICE_SHUFFLED),
            Map.entry("MULTICHOICE_VS", Kind.MULTICHOICE_SHUFFLED), Map.entry("MCVS", Kind.MULTICHOICE_SHUFFLED),
            Map.entry("MULTICHOICE_HS", Kind.MULTICHOICE_SHUFFLED), Map.entry("MCHS", Kind.MULTICHOICE_SHUFFLED),
            Map.entry("MULTIRESPONSE", Kind.MULTIRESPONSE), Map.entry("MR", Kind.MULTIRESPONSE),
            Map.entry("MULTIRESPONSE_H", Kind.MULTIRESPONSE), Map.entry("MRH", Kind.MULTIRESPONSE),
            Map.entry("MULTIRESPONSE_S", Kind.MULTIRESPONSE), Map.entry("MRS", Kind.MULTIRESPONSE),
            Map.entry("MULTIRESPONSE_HS", Kind.MULTIRESPONSE), Map.entry("MRHS", Kind.MULTIRESPONSE));

    private static final Pattern START = Pattern.compile("\\{([0-9]*):([A-Z_]+):");
    private static final Pattern PERCENT = Pattern.compile("%(-?[0-9]+(?:[.,][0-9]*)?)%");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    /**
     * One alternative of an embedded answer.
     *
     * @param percent its grade as written ({@code =} is 100), not yet a credit
     * @param answer  the answer, unescaped; a numerical one is still {@code value:tolerance}
     */
    record Alternative(BigDecimal percent, String answer, String feedback) {
    }

    /**
     * An embedded answer and where it stands in the text.
     *
     * @param start  index of its opening brace
     * @param end    index just after its closing brace
     * @param weight the whole number before the type, 1 when left out
     * @param type   the type as written ({@code SA}, {@code MULTICHOICE_V}, ...)
     */
    record Embedded(int start, int end, BigDecimal weight, String type, Kind kind, List<Alternative> alternatives) {

        String source(String text) {
            return text.substring(start, end);
        }
    }

    /** What a text holds: its embedded answers in order, and notes on what looked like one but is not. */
    record Scan(List<Embedded> answers, List<String> notes) {
    }

    private ClozeSyntax() {
    }

    static Scan scan(String text) {
        var answers = new ArrayList<Embedded>();
        var notes = new ArrayList<String>();
        Matcher start = START.matcher(text);
        int from = 0;
        while (from < text.length() && start.find(from)) {
            Kind kind = KINDS.get(start.group(2));
            if (kind == null) {
                notes.add("'" + start.group() + "' looks like an embedded answer, but " + start.group(2)
                        + " is not a cloze type (SHORTANSWER, SHORTANSWER_C, NUMERICAL, MULTICHOICE, ...); it is kept as text");
                from = start.start() + 1;
                continue;
            }
            int close = unescaped(text, '}', start.end(), false);
            if (close < 0) {
                notes.add("'" + start.group() + "' opens an embedded answer that is never closed with '}'; it is kept as text");
                break;
            }
            BigDecimal weight = start.group(1).isEmpty() ? BigDecimal.ONE : new BigDecimal(start.group(1));
            answers.add(new Embedded(start.start(), close + 1, weight, start.group(2), kind,
                    alternatives(text.substring(start.end(), close))));
            from = close + 1;
        }
        return new Scan(answers, notes);
    }

    private static List<Alternative> alternatives(String body) {
        var alternatives = new ArrayList<Alternative>();
        int from = 0;
        while (from <= body.length()) {
            int tilde = unescaped(body, '~', from, false);
            String part = body.substring(from, tilde < 0 ? body.length() : tilde);
            if (!part.isEmpty()) {
                alternatives.add(alternative(part));
            }
            if (tilde < 0) {
                break;
            }
            from = tilde + 1;
        }
        return alternatives;
    }

    private static Alternative alternative(String part) {
        BigDecimal percent = BigDecimal.ZERO;
        String rest = part;
        Matcher matcher = PERCENT.matcher(part);
        if (part.startsWith("=")) {
            percent = BigDecimal.valueOf(100);
            rest = part.substring(1);
        } else if (matcher.lookingAt()) {
            percent = new BigDecimal(matcher.group(1).replace(',', '.'));
            rest = part.substring(matcher.end());
        }
        int hash = unescaped(rest, '#', 0, true);
        String answer = hash < 0 ? rest : rest.substring(0, hash);
        String feedback = hash < 0 ? "" : rest.substring(hash + 1);
        return new Alternative(percent, unescape(answer).strip(), unescape(feedback).strip());
    }

    /** Index of the first {@code c} at or after {@code from} not escaped by a backslash (nor, if asked, part of {@code &#..;}). */
    private static int unescaped(String text, char c, int from, boolean notAfterAmpersand) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == c && (i == 0 || text.charAt(i - 1) != '\\')
                    && !(notAfterAmpersand && i > 0 && text.charAt(i - 1) == '&')) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String text) {
        String plain = text.replace("\\}", "}").replace("\\#", "#").replace("\\~", "~");
        Matcher entity = ENTITY.matcher(plain);
        var out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String decoded = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00A0";
                default -> codePoint(name).map(Character::toString).orElse(entity.group());
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static Optional<Integer> codePoint(String reference) {
        try {
            int value = reference.startsWith("#x") || reference.startsWith("#X")
                    ? Integer.parseInt(reference.substring(2), 16) : Integer.parseInt(reference.substring(1));
            return Character.isValidCodePoint(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    /** An embedded answer as Moodle reads it; the caller gives each alternative's answer already in Moodle's terms. */
    static String write(BigDecimal weight, String type, List<Alternative> alternatives) {
        var out = new StringBuilder("{").append(weight.toPlainString()).append(':').append(type).append(':');
        for (int i = 0; i < alternatives.size(); i++) {
            Alternative alternative = alternatives.get(i);
            if (i > 0) {
                out.append('~');
            }
            BigDecimal percent = alternative.percent();
            if (percent.compareTo(BigDecimal.valueOf(100)) == 0) {
                out.append('=');
            } else if (percent.signum() != 0) {
                out.append('%').append(percent.stripTrailingZeros().toPlainString()).append('%');
            }
            out.append(escape(alternative.answer()));
            if (!alternative.feedback().isEmpty()) {
                out.append('#').append(escape(alternative.feedback()));
            }
        }
        return out.append('}').toString();
    }

    /** Numerical answers keep their colon; everything else has its special characters escaped. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("}", "\\}").replace("#", "\\#").replace("~", "\\~");
    }
}
