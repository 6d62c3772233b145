package org.sala.engine.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with gaps to fill ("Cambodia joined ASEAN in {{year}} as its {{rank}} member"). Each gap is
 * marked {@code {{id}}} in the text exactly once, and each marker has its gap.
 */
public record ClozeQuestion(QuestionBasics basics, String text, List<Gap> gaps) implements Question {

    /** A gap marker: {@code {{id}}}. */
    public static final Pattern MARKER = Pattern.compile("\\{\\{([A-Za-z0-9_-]+)}}");

    public ClozeQuestion {
        text = Texts.requireNonBlank(text, "text of question '" + basics.id() + "'");
        gaps = List.copyOf(gaps);
        if (gaps.isEmpty()) {
            throw new IllegalArgumentException("question '" + basics.id() + "' has no gaps");
        }
        Texts.requireUnique(gaps, Gap::id, basics.id(), "gaps with id");
        List<String> markers = markers(text);
        var unique = new LinkedHashSet<>(markers);
        if (unique.size() != markers.size()) {
            throw new IllegalArgumentException("question '" + basics.id() + "' marks a gap twice in its text");
        }
        var ids = gaps.stream().map(Gap::id).toList();
        if (!unique.equals(new LinkedHashSet<>(ids))) {
            throw new IllegalArgumentException("question '" + basics.id() + "': the text marks gaps " + markers
                    + " but the question defines " + ids);
        }
    }

    /** The gap ids in the order their markers appear in the text. */
    public static List<String> markers(String text) {
        var found = new ArrayList<String>();
        Matcher matcher = MARKER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
