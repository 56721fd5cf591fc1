package org.kasten.vault;

/**
 * The {@code (destination "title")} after a link's closing bracket. Spaces are allowed in the destination
 * (flexmark's SPACE_IN_LINK_URLS, for Obsidian's {@code [x](a file.md)}); a trailing quoted title is split off.
 */
final class MdLinkTail {

    private MdLinkTail() {
    }

    /** {destinationStart, destinationEnd, end after ')'} for the tail at {@code open} ('('), or null. */
    static int[] inline(String s, int open, int n) {
        int i = skipWhitespace(s, open + 1, n);
        if (i < n && s.charAt(i) == ')') {
            return new int[] {i, i, i + 1};
        }
        if (i < n && s.charAt(i) == '<') {
            int destEnd = MdInlineSyntax.destination(s, i, n, false);
            if (destEnd < 0) {
                return null;
            }
            int j = skipWhitespace(s, destEnd, n);
            j = title(s, j, n, destEnd);
            return j < n && s.charAt(j) == ')' ? new int[] {i, destEnd, j + 1} : null;
        }
        int destEnd = MdInlineSyntax.destination(s, i, n, true);
        if (destEnd < 0) {
            return null;
        }
        int close = destEnd;
        if (close < n && s.charAt(close) == '\n') {
            // a title may follow on the next line
            int j = skipWhitespace(s, close, n);
            int t = title(s, j, n, close);
            if (t == j || t >= n || s.charAt(t) != ')') {
                return null;
            }
            return new int[] {i, trimEnd(s, i, close), t + 1};
        }
        if (close >= n || s.charAt(close) != ')') {
            return null;
        }
        int end = trimEnd(s, i, close);
        // a title at the end: ... "title" or 'title'
        if (end > i) {
            char q = s.charAt(end - 1);
            if (q == '"' || q == '\'') {
                int openQuote = s.lastIndexOf(q, end - 2);
                if (openQuote > i && (s.charAt(openQuote - 1) == ' ' || s.charAt(openQuote - 1) == '\t')) {
                    end = trimEnd(s, i, openQuote);
                }
            }
        }
        return new int[] {i, end, close + 1};
    }

    /** After an optional title at {@code at}: where the title ends (whitespace skipped), or {@code at}. */
    private static int title(String s, int at, int n, int fallback) {
        if (at >= n) {
            return at;
        }
        char c = s.charAt(at);
        if (c != '"' && c != '\'' && c != '(') {
            return at;
        }
        int end = MdReferences.title(s, at, n);
        return end < 0 ? at : skipWhitespace(s, end, n);
    }

    private static int trimEnd(String s, int from, int end) {
        while (end > from && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return end;
    }

    private static int skipWhitespace(String s, int i, int n) {
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }
}
