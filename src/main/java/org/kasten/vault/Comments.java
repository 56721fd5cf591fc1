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
        if (text.indexOf("%%") < 0) {
            return text;
        }
        StringBuilder out = null;
        int i = 0;
        int n = text.length();
        boolean lineStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (lineStart) {
                int fenceEnd = fencedBlockEnd(text, i);
                if (fenceEnd > i) {
                    i = fenceEnd;
                    continue;
                }
            }
            if (c == '`') {
                int run = run(text, i, '`');
                int close = closingRun(text, i + run, run);
                if (close > 0) {
                    i = close + run;
                    lineStart = false;
                    continue;
                }
                i += run;
                lineStart = false;
                continue;
            }
            if (c == '%' && i + 1 < n && text.charAt(i + 1) == '%') {
                int close = text.indexOf("%%", i + 2);
                int end = close < 0 ? n : close + 2;
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int k = i; k < end; k++) {
                    char ch = out.charAt(k);
                    if (ch != '\n' && ch != '\r') {
                        out.setCharAt(k, ' ');
                    }
                }
                lineStart = end > 0 && text.charAt(end - 1) == '\n';
                i = end;
                continue;
            }
            lineStart = c == '\n';
            i++;
        }
        return out == null ? text : out.toString();
    }

    /** When a fenced code block opens at {@code lineStart}, the offset after it; else {@code lineStart}. */
    private static int fencedBlockEnd(String text, int lineStart) {
        int i = lineStart;
        int indent = 0;
        while (i < text.length() && text.charAt(i) == ' ' && indent < 4) {
            i++;
            indent++;
        }
        if (i >= text.length() || (text.charAt(i) != '`' && text.charAt(i) != '~')) {
            return lineStart;
        }
        char fence = text.charAt(i);
        int length = run(text, i, fence);
        if (length < 3) {
            return lineStart;
        }
        int pos = text.indexOf('\n', i);
        while (pos >= 0 && pos + 1 < text.length()) {
            int line = pos + 1;
            int j = line;
            while (j < text.length() && text.charAt(j) == ' ' && j - line < 4) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == fence && run(text, j, fence) >= length) {
                int end = text.indexOf('\n', j);
                return end < 0 ? text.length() : end + 1;
            }
            pos = text.indexOf('\n', line);
        }
        return text.length();
    }

    private static int run(String text, int from, char c) {
        int i = from;
        while (i < text.length() && text.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    /** The start of the next run of exactly {@code length} backticks before a blank line, or -1. */
    private static int closingRun(String text, int from, int length) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return -1;
            }
            if (c == '`') {
                int run = run(text, i, '`');
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }
}
