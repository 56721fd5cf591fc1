package org.kasten.vault;

/** Obsidian {@code %% comments %%}: blanked out (line breaks kept, so offsets and lines stay true). */
final class Comments {

    private Comments() {
    }

    /** {@code text} with every {@code %%...%%} span replaced by spaces; an unclosed one runs to the end. */
    static String blank(String text) {
        int open = text.indexOf("%%");
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        while (open >= 0) {
            int close = text.indexOf("%%", open + 2);
            int end = close < 0 ? text.length() : close + 2;
            for (int i = open; i < end; i++) {
                if (out.charAt(i) != '\n' && out.charAt(i) != '\r') {
                    out.setCharAt(i, ' ');
                }
            }
            open = close < 0 ? -1 : text.indexOf("%%", end);
        }
        return out.toString();
    }
}
