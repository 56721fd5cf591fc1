package org.kasten.markdown;

import java.util.Arrays;

/**
 * Obsidian {@code %% comments %%}, found once for the vault and the renderer alike. A {@code %%} inside inline
 * code or a fenced code block ({@link CodeRegions}) opens no comment; the next {@code %%} closes one; an
 * unclosed comment runs to the end of the note, as in Obsidian. Finding them is linear in the text's length
 * and the number of {@code %%} pairs.
 */
public final class Comments {

    private static final int[] NONE = new int[0];

    private Comments() {
    }

    /** {@code text} with every comment replaced by spaces, line breaks kept: offsets and lines stay true. */
    public static String blank(String text) {
        int[] ranges = ranges(text);
        if (ranges.length == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int r = 0; r < ranges.length; r += 2) {
            for (int i = ranges[r]; i < ranges[r + 1]; i++) {
                char c = out.charAt(i);
                if (c != '\n' && c != '\r') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    /**
     * {@code text} without its comments, the line breaks inside them kept so the blocks around a comment keep
     * their shape (what a page shows: {@code a %%x%% b} reads {@code a  b}); the same string when it has none.
     */
    public static String strip(String text) {
        int[] ranges = ranges(text);
        if (ranges.length == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int r = 0; r < ranges.length; r += 2) {
            out.append(text, copied, ranges[r]);
            for (int i = ranges[r]; i < ranges[r + 1]; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    out.append(c);
                }
            }
            copied = ranges[r + 1];
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The comments of {@code text} as sorted {@code start, end} pairs (end exclusive, closing {@code %%} included). */
    static int[] ranges(String text) {
        int open = text.indexOf("%%");
        if (open < 0) {
            return NONE;
        }
        CodeRegions.Cursor code = CodeRegions.of(text).cursor();
        int[] ranges = new int[8];
        int count = 0;
        while (open >= 0) {
            if (code.contains(open)) {
                open = text.indexOf("%%", open + 2);
                continue;
            }
            int close = text.indexOf("%%", open + 2);
            int end = close < 0 ? text.length() : close + 2;
            if (count == ranges.length) {
                ranges = Arrays.copyOf(ranges, count * 2);
            }
            ranges[count++] = open;
            ranges[count++] = end;
            open = close < 0 ? -1 : text.indexOf("%%", end);
        }
        return Arrays.copyOf(ranges, count);
    }
}
