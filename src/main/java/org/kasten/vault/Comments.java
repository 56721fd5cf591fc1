package org.kasten.vault;

/**
 * Obsidian {@code %% comments %%}: blanked out (line breaks kept, so offsets and lines stay true).
 * A {@code %%} inside inline code or a fenced code block is text, not a comment; an unclosed comment runs to
 * the end of the note, as in Obsidian.
 */
final class Comments {

    private Comments() {
    }

    /** {@code text} with every comment replaced by spaces. */
    static String blank(String text) {
        int open = text.indexOf("%%");
        if (open < 0) {
            return text;
        }
        CodeRegions code = CodeRegions.of(text);
        StringBuilder out = null;
        while (open >= 0) {
            if (code.contains(open)) {
                open = text.indexOf("%%", open + 2);
                continue;
            }
            int close = text.indexOf("%%", open + 2);
            int end = close < 0 ? text.length() : close + 2;
            if (out == null) {
                out = new StringBuilder(text);
            }
            for (int i = open; i < end; i++) {
                char c = out.charAt(i);
                if (c != '\n' && c != '\r') {
                    out.setCharAt(i, ' ');
                }
            }
            open = close < 0 ? -1 : text.indexOf("%%", end);
        }
        return out == null ? text : out.toString();
    }
}
