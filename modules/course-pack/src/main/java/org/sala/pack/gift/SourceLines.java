package org.sala.pack.gift;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * Turns an offset in a file's text into the 1-based line and column an editor shows. Columns count
 * Unicode code points, so a Khmer or emoji character is one column, as an author sees it.
 */
final class SourceLines {

    private final String text;
    private final int[] starts;

    /** @param text the file's text, line breaks already unified to {@code \n} */
    SourceLines(String text) {
        this.text = text;
        var found = new ArrayList<Integer>();
        found.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                found.add(i + 1);
            }
        }
        this.starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    int line(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    int column(int offset) {
        int start = starts[line(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }
}
