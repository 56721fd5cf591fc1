package org.kasten.graph;

import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Pattern;

import org.kasten.note.NfcInert;

/**
 * A note body prepared for mention search: NFC text, and a lower-cased copy of the same length in which
 * everything that is not plain prose is blanked out: fenced code, inline code, {@code [[links]]},
 * Markdown links and link reference definitions, bare URLs, {@code %% comments %%} and HTML comments.
 */
final class MentionText {

    private static final Pattern REFERENCE = Pattern.compile("\\[[^\\]]+\\]:\\s.*");
    private static final String[] URL_STARTS = {"http://", "https://", "www."};

    /** The body in NFC; indices of {@link #lower} point into it. */
    final String original;
    /** Lower-cased (char by char, as {@link Keys#lowerSameLength}), blanked copy of {@link #original}. */
    final String lower;
    private final int[] lineStarts;

    private MentionText(String original, String lower, int[] lineStarts) {
        this.original = original;
        this.lower = lower;
        this.lineStarts = lineStarts;
    }

    /** Prepares one body. */
    static MentionText of(String body) {
        String given = body == null ? "" : body;
        char[] chars = given.toCharArray();
        String text = NfcInert.all(chars) ? given : Keys.nfc(given);
        if (text != given) {
            chars = text.toCharArray();
        }
        char[] out = chars.clone();
        int[] starts = new int[16];
        int lines = 0;
        Blanker blanker = new Blanker(text, chars, out);
        int start = 0;
        while (start <= text.length()) {
            if (lines == starts.length) {
                starts = Arrays.copyOf(starts, lines * 2);
            }
            starts[lines++] = start;
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            blanker.line(start, end);
            start = end + 1;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = lower(out[i]);
        }
        return new MentionText(text, new String(out), Arrays.copyOf(starts, lines));
    }

    /**
     * False only when no term can be found in {@code body} by {@link #of}: the body is plainly NFC
     * ({@link NfcInert#all}, so {@link #original} would be the body itself) and no term occurs in it, compared
     * char by char lower-cased, whether in prose or not. Lets a mentions question skip, without preparing it, a
     * note its word filter let through (a name's words apart, or inside links and code only when written
     * together elsewhere is rare).
     */
    static boolean mayHold(String body, Collection<String> terms) {
        char[] chars = body.toCharArray();
        if (!NfcInert.all(chars)) {
            return true;
        }
        for (String term : terms) {
            if (occurs(chars, term.toCharArray())) {
                return true;
            }
        }
        return false;
    }

    private static boolean occurs(char[] body, char[] term) {
        if (term.length == 0) {
            return true;
        }
        char first = term[0];
        int last = body.length - term.length;
        for (int at = 0; at <= last; at++) {
            if (lower(body[at]) == first && matchesAt(body, at, term)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(char[] body, int at, char[] term) {
        for (int k = 1; k < term.length; k++) {
            if (lower(body[at + k]) != term[k]) {
                return false;
            }
        }
        return true;
    }

    /** {@link Character#toLowerCase(char)}, with ASCII letters answered without the call (C1 does not inline it). */
    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /** The 0-based line index of a character index. */
    int lineOf(int index) {
        int found = Arrays.binarySearch(lineStarts, index);
        return found >= 0 ? found : -found - 2;
    }

    /** The original text of a 0-based line, trimmed. */
    String lineText(int line) {
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : original.length();
        return original.substring(start, end).strip();
    }

    /** Blanks the non-prose parts of one body, line by line, keeping state across lines. */
    private static final class Blanker {
        private final String text;
        /** The characters of {@link #text}, read one by one (C1 calls {@code String.charAt} on UTF-16 text). */
        private final char[] chars;
        private final char[] out;
        private String fence;
        private String openComment;

        Blanker(String text, char[] chars, char[] out) {
            this.text = text;
            this.chars = chars;
            this.out = out;
        }

        void line(int start, int end) {
            int first = start;
            while (first < end && Character.isWhitespace(chars[first])) {
                first++;
            }
            if (fence != null) {
                blank(start, end);
                if (text.startsWith(fence, first)) {
                    fence = null;
                }
                return;
            }
            if (openComment == null && (text.startsWith("```", first) || text.startsWith("~~~", first))) {
                int run = first;
                while (run < end && chars[run] == chars[first]) {
                    run++;
                }
                fence = text.substring(first, run);
                blank(start, end);
                return;
            }
            if (openComment == null && first < end && chars[first] == '['
                    && REFERENCE.matcher(text.substring(first, end)).matches()) {
                blank(start, end);
                return;
            }
            inline(start, end);
        }

        private void inline(int start, int end) {
            int i = start;
            while (i < end) {
                if (openComment != null) {
                    int close = find(openComment, i, end);
                    int stop = close < 0 ? end : close + openComment.length();
                    blank(i, stop);
                    if (close >= 0) {
                        openComment = null;
                    }
                    i = stop;
                } else if (chars[i] == '%' && text.startsWith("%%", i)) {
                    openComment = "%%";
                    blank(i, i + 2);
                    i += 2;
                } else if (chars[i] == '<' && text.startsWith("<!--", i)) {
                    openComment = "-->";
                    blank(i, i + 4);
                    i += 4;
                } else if (mayStartConstruct(chars[i])) {
                    i = construct(i, end);
                } else {
                    i++;
                }
            }
        }

        /** Code spans, links and URLs ("http", "https", "www") start with one of these. */
        private static boolean mayStartConstruct(char c) {
            return c == '`' || c == '[' || c == 'h' || c == 'H' || c == 'w' || c == 'W';
        }

        /** Blanks a code span, link or URL starting at {@code i}; returns where to continue. */
        private int construct(int i, int end) {
            char c = chars[i];
            if (c == '`') {
                int run = 1;
                while (i + run < end && chars[i + run] == '`') {
                    run++;
                }
                int close = find("`".repeat(run), i + run, end);
                if (close < 0) {
                    return i + run;
                }
                blank(i, close + run);
                return close + run;
            }
            if (text.startsWith("[[", i)) {
                int close = find("]]", i + 2, end);
                if (close >= 0) {
                    blank(i > 0 && chars[i - 1] == '!' ? i - 1 : i, close + 2);
                    return close + 2;
                }
            } else if (c == '[') {
                int close = find("]", i + 1, end);
                if (close >= 0 && close + 1 < end && (chars[close + 1] == '(' || chars[close + 1] == '[')) {
                    int last = find(chars[close + 1] == '(' ? ")" : "]", close + 2, end);
                    if (last >= 0) {
                        blank(i > 0 && chars[i - 1] == '!' ? i - 1 : i, last + 1);
                        return last + 1;
                    }
                }
            } else if (startsUrl(i)) {
                int stop = i;
                while (stop < end && !Character.isWhitespace(chars[stop])) {
                    stop++;
                }
                blank(i, stop);
                return stop;
            }
            return i + 1;
        }

        private boolean startsUrl(int i) {
            if (i > 0 && Character.isLetterOrDigit(chars[i - 1])) {
                return false;
            }
            for (String prefix : URL_STARTS) {
                if (text.regionMatches(true, i, prefix, 0, prefix.length())) {
                    return true;
                }
            }
            return false;
        }

        /** The first index of {@code what} in [from, end), or -1; never scans past the line. */
        private int find(String what, int from, int end) {
            char first = what.charAt(0);
            for (int j = from; j + what.length() <= end; j++) {
                if (chars[j] == first && text.startsWith(what, j)) {
                    return j;
                }
            }
            return -1;
        }

        private void blank(int from, int to) {
            Arrays.fill(out, from, Math.min(to, out.length), ' ');
        }
    }
}
