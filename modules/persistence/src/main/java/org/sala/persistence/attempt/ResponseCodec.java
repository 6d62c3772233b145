package org.sala.persistence.attempt;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sala.engine.response.Response;

/**
 * Stores a learner's response in one text column and reads it back equal. The form is a kind, a colon and
 * percent-encoded parts, so no id or typed text can break it, and it reads well in the database:
 * <pre>
 * choice:b                         single choice
 * choices:a,c                      multiple choice (sorted)
 * truth:false                      true/false
 * text:Hun%20Sen                   short answer or numeric, as typed
 * matches:asean=1999&amp;wto=2004      matching (sorted by prompt)
 * sequence:untac,asean,wto         ordering
 * gaps:org=text%3AASEAN&amp;year=...   cloze: each gap's own encoding, encoded again
 * </pre>
 * An unanswered question is stored as SQL NULL.
 */
final class ResponseCodec {

    private ResponseCodec() {
    }

    static String encode(Response response) {
        return switch (response) {
            case Response.Unanswered unanswered -> null;
            case Response.SelectedChoice selected -> "choice:" + enc(selected.choiceId());
            case Response.SelectedChoices selected -> "choices:" + selected.choiceIds().stream().sorted().map(ResponseCodec::enc)
                    .collect(Collectors.joining(","));
            case Response.TrueOrFalse answer -> "truth:" + answer.value();
            case Response.Text text -> "text:" + enc(text.value());
            case Response.Matches matches -> "matches:" + pairs(new TreeMap<>(matches.answers()));
            case Response.Sequence sequence -> "sequence:" + sequence.itemIds().stream().map(ResponseCodec::enc)
                    .collect(Collectors.joining(","));
            case Response.Gaps gaps -> {
                var encoded = new TreeMap<String, String>();
                gaps.answers().forEach((gap, answer) -> encoded.put(gap, answer instanceof Response.Unanswered ? "" : encode(answer)));
                yield "gaps:" + pairs(encoded);
            }
        };
    }

    static Response decode(String stored) {
        if (stored == null) {
            return Response.UNANSWERED;
        }
        int colon = stored.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("stored response '" + stored + "' has no kind");
        }
        String body = stored.substring(colon + 1);
        return switch (stored.substring(0, colon)) {
            case "choice" -> new Response.SelectedChoice(dec(body));
            case "choices" -> new Response.SelectedChoices(java.util.Set.copyOf(list(body)));
            case "truth" -> new Response.TrueOrFalse(Boolean.parseBoolean(body));
            case "text" -> new Response.Text(dec(body));
            case "matches" -> new Response.Matches(map(body));
            case "sequence" -> new Response.Sequence(list(body));
            case "gaps" -> {
                var answers = new LinkedHashMap<String, Response>();
                map(body).forEach((gap, answer) -> answers.put(gap, answer.isEmpty() ? Response.UNANSWERED : decode(answer)));
                yield new Response.Gaps(answers);
            }
            default -> throw new IllegalArgumentException("stored response '" + stored + "' has an unknown kind");
        };
    }

    private static String pairs(Map<String, String> entries) {
        return entries.entrySet().stream().map(entry -> enc(entry.getKey()) + "=" + enc(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> map(String body) {
        var entries = new LinkedHashMap<String, String>();
        if (!body.isEmpty()) {
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                entries.put(dec(pair.substring(0, equals)), dec(pair.substring(equals + 1)));
            }
        }
        return entries;
    }

    private static List<String> list(String body) {
        return body.isEmpty() ? List.of() : new ArrayList<>(Arrays.stream(body.split(",", -1)).map(ResponseCodec::dec).toList());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String dec(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
