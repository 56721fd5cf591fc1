package org.kasten.vault;

import java.util.Arrays;

/**
 * Where a note's text is Markdown code: fenced blocks (``` or ~~~) and inline `code` spans on one line.
 * Mojibake repair leaves code alone: code quotes text literally, and a note about encodings quotes
 * mojibake on purpose ("prints `tÃ©st`").
 */
final class CodeRegions {

    private final int[] bounds; // start0, end0, start1, end1 ... sorted, end exclusive

    private CodeRegions(int[] bounds) {
        this.bounds = bounds;
    }

    /** Finds the code regions of {@code text}. */
    static CodeRegions of(String text) {
        int[] found = new int[16];
        int count = 0;
        int length = text.length();
        int lineStart = 0;
        int fenceStart = -1;
        char fenceChar = 0;
        int fenceLength = 0;
        while (lineStart < length) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? length : lineEnd;
            int indent = 0;
            while (indent < 3 && lineStart + indent < lineEnd && text.charAt(lineStart + indent) == ' ') {
                indent++;
            }
            int at = lineStart + indent;
            char c = at < lineEnd ? text.charAt(at) : 0;
            int run = 0;
            while ((c == '`' || c == '~') && at + run < lineEnd && text.charAt(at + run) == c) {
                run++;
            }
            if (fenceStart < 0 && run >= 3) {
                fenceStart = lineStart;
                fenceChar = c;
                fenceLength = run;
            } else if (fenceStart >= 0) {
                if (c == fenceChar && run >= fenceLength && text.substring(at + run, lineEnd).isBlank()) {
                    found = add(found, count, fenceStart, lineEnd);
                    count += 2;
                    fenceStart = -1;
                }
            } else {
                found = ensure(found, count, lineEnd - lineStart);
                count = inlineSpans(text, lineStart, lineEnd, found, count);
            }
            lineStart = lineEnd + 1;
        }
        if (fenceStart >= 0) {
            found = add(found, count, fenceStart, length); // an unclosed fence runs to the end, as in CommonMark
            count += 2;
        }
        return new CodeRegions(Arrays.copyOf(found, count));
    }

    /** True when {@code index} lies inside code. */
    boolean contains(int index) {
        for (int i = 0; i < bounds.length; i += 2) {
            if (index < bounds[i]) {
                return false;
            }
            if (index < bounds[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Adds the spans between matching backtick strings of one line; returns the new count. */
    private static int inlineSpans(String text, int from, int to, int[] found, int count) {
        int i = from;
        while (i < to) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int open = i;
            while (i < to && text.charAt(i) == '`') {
                i++;
            }
            int ticks = i - open;
            int close = closing(text, i, to, ticks);
            if (close < 0) {
                continue; // no partner: the backticks are literal
            }
            found[count++] = open;
            found[count++] = close + ticks;
            i = close + ticks;
        }
        return count;
    }

    private static int closing(String text, int from, int to, int ticks) {
        int i = from;
        while (i < to) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int start = i;
            while (i < to && text.charAt(i) == '`') {
                i++;
            }
            if (i - start == ticks) {
                return start;
            }
        }
        return -1;
    }

    private static int[] ensure(int[] found, int count, int more) {
        return count + more + 2 > found.length ? Arrays.copyOf(found, Math.max(found.length * 2, count + more + 2)) : found;
    }

    private static int[] add(int[] found, int count, int start, int end) {
        int[] result = ensure(found, count, 0);
        result[count] = start;
        result[count + 1] = end;
        return result;
    }
}
