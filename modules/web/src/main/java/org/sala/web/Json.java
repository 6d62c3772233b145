package org.sala.web;

/** The little JSON Sala's endpoints write (health, answer saves): strings only; numbers and booleans are written as they are. */
public final class Json {

    private Json() {
    }

    /**
     * The text as a JSON string, quotes included. Besides what JSON requires, {@code <}, {@code >} and
     * {@code &} are escaped, so that the text can never close a script or make markup where it is put.
     */
    public static String string(String text) {
        var out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
