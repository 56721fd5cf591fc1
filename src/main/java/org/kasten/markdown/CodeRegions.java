package org.kasten.markdown;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a note's text is Markdown code: fenced blocks (``` or ~~~) and inline `code` spans on one line.
 * Comments ({@link Comments}) and mojibake repair leave code alone: code quotes text literally, and a note
 * about encodings quotes mojibake on purpose ("prints `tÃ©st`"). Finding the regions is linear in the text's
 * length, however many backtick runs a line holds; so is asking {@link #cursor()} about ascending positions.
 */
public final class CodeRegions {

    private final int[] bounds; // start0, end0, start1, end1 ... sorted, end exclusive

    private CodeRegions(int[] bounds) {
        this.bounds = bounds;
    }

    /** Finds the code regions of {@code text}. */
    public static CodeRegions of(String text) {
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

    /** True when {@code index} lies inside code (a binary search; for ascending positions use {@link #cursor()}). */
    public boolean contains(int index) {
        int low = 0;
        int high = bounds.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (index < bounds[2 * mid]) {
                high = mid - 1;
            } else if (index >= bounds[2 * mid + 1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** A reader for positions asked in ascending order: each region is passed once, so a whole pass is linear. */
    public Cursor cursor() {
        return new Cursor();
    }

    /** See {@link #cursor()}. */
    public final class Cursor {

        private int next; // index into bounds of the first region that does not end at or before the last position

        private Cursor() {
        }

        /** True when {@code index} (not below any position asked before) lies inside code. */
        public boolean contains(int index) {
            while (next < bounds.length && bounds[next + 1] <= index) {
                next += 2;
            }
            return next < bounds.length && bounds[next] <= index;
        }
    }

    /**
     * Adds the spans between matching backtick strings of one line; returns the new count. A run is closed by
     * the next run of exactly its length; runs between them are code. Each run's next partner is found in one
     * pass from the right, so a line of runs of every length costs no more than its length.
     */
    private static int inlineSpans(String text, int from, int to, int[] found, int count) {
        int runs = 0;
        int[] starts = null;
        int[] lengths = null;
        for (int i = from; i < to; ) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int open = i;
            while (i < to && text.charAt(i) == '`') {
                i++;
            }
            if (starts == null) {
                starts = new int[8];
                lengths = new int[8];
            } else if (runs == starts.length) {
                starts = Arrays.copyOf(starts, runs * 2);
                lengths = Arrays.copyOf(lengths, runs * 2);
            }
            starts[runs] = open;
            lengths[runs++] = i - open;
        }
        if (runs < 2) {
            return count;
        }
        int[] partner = new int[runs];
        Map<Integer, Integer> nextOfLength = new HashMap<>();
        for (int r = runs - 1; r >= 0; r--) {
            Integer next = nextOfLength.put(lengths[r], r);
            partner[r] = next == null ? -1 : next;
        }
        for (int r = 0; r < runs; r++) {
            int close = partner[r];
            if (close < 0) {
                continue; // no partner: the backticks are literal
            }
            found[count++] = starts[r];
            found[count++] = starts[close] + lengths[close];
            r = close;
        }
        return count;
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
