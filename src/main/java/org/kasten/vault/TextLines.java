package org.kasten.vault;

import java.util.Arrays;

/** Line lookup for a text: offset to 1-based line, and the trimmed text of a line (for link contexts). */
final class TextLines {

    private static final int MAX_CONTEXT = 400;
    private static final java.util.regex.Pattern LIST_OR_QUOTE_MARKER =
            java.util.regex.Pattern.compile("^(>\\s*)*(([-*+]|\\d+[.)])\\s+(\\[.\\]\\s+)?)?");

    private final String text;
    private final int[] starts;
    private final int firstLine;

    /** {@code firstLine} is the file line number of the text's first line (the body may follow frontmatter). */
    TextLines(String text, int firstLine) {
        this.text = text;
        this.firstLine = firstLine;
        int[] found = new int[Math.max(16, text.length() / 32)];
        int count = 1;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, found.length * 2);
            }
            found[count++] = at + 1;
        }
        starts = count == found.length ? found : Arrays.copyOf(found, count);
    }

    /** Number of lines. */
    int count() {
        return starts.length;
    }

    /** 0-based index of the line holding {@code offset}. */
    int index(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** The file line number (1-based) of {@code offset}. */
    int line(int offset) {
        return firstLine + index(offset);
    }

    /** The 1-based column of {@code offset}. */
    int column(int offset) {
        return offset - starts[index(offset)] + 1;
    }

    /** The offset where the 0-based line {@code index} starts. */
    int start(int index) {
        return starts[index];
    }

    /** The raw text of the 0-based line {@code index}, without its line break. */
    String raw(int index) {
        int start = starts[index];
        int end = index + 1 < starts.length ? starts[index + 1] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, Math.max(start, end));
    }

    /**
     * The line holding {@code offset}, trimmed of whitespace and list/quote markers, for backlink previews.
     * A long line (a paragraph written as one line) is cut to a window around {@code offset}.
     */
    String context(int offset) {
        int index = index(offset);
        int start = starts[index];
        int end = index + 1 < starts.length ? starts[index + 1] - 1 : text.length();
        boolean cutStart = false;
        boolean cutEnd = false;
        if (end - start > MAX_CONTEXT) {
            int from = Math.max(start, Math.min(offset - MAX_CONTEXT / 3, end - MAX_CONTEXT));
            cutStart = from > start;
            cutEnd = from + MAX_CONTEXT < end;
            start = from;
            end = Math.min(end, from + MAX_CONTEXT);
        }
        String line = text.substring(start, end).strip();
        if (!cutStart && !line.isEmpty() && (line.charAt(0) == '>' || line.charAt(0) == '-' || line.charAt(0) == '*'
                || line.charAt(0) == '+' || Character.isDigit(line.charAt(0)))) {
            line = LIST_OR_QUOTE_MARKER.matcher(line).replaceFirst("");
        }
        return (cutStart ? "…" : "") + line + (cutEnd ? "…" : "");
    }

    /** The file line number of the first line. */
    int firstLine() {
        return firstLine;
    }
}
