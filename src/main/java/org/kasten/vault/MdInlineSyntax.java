package org.kasten.vault;

/**
 * Small CommonMark recognisers shared by the block and inline scanners: HTML tags, entities, autolinks, link
 * labels, destinations and titles. Each returns where its construct ends (or -1) and never looks past
 * {@code end}; destinations limit parenthesis nesting, as CommonMark allows, so a scan stays short.
 */
final class MdInlineSyntax {

    private static final int MAX_PAREN_DEPTH = 32;
    private static final int MAX_LABEL = 999;

    private MdInlineSyntax() {
    }

    static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** The end of an HTML open or closing tag starting at {@code at} ('<'), or -1. */
    static int htmlTag(String s, int at, int end) {
        return htmlTag(s, at, end, null);
    }

    /**
     * As {@link #htmlTag(String, int, int)}; {@code noQuoteFrom} (double, single), when given, remembers from
     * where no closing quote exists, so repeated unclosed attribute values are not searched again.
     */
    static int htmlTag(String s, int at, int end, int[] noQuoteFrom) {
        int i = at + 1;
        if (i < end && s.charAt(i) == '/') {
            i++;
            int name = tagName(s, i, end);
            if (name < 0) {
                return -1;
            }
            i = skipSpaces(s, name, end);
            return i < end && s.charAt(i) == '>' ? i + 1 : -1;
        }
        i = tagName(s, i, end);
        if (i < 0) {
            return -1;
        }
        while (true) {
            int ws = skipSpaces(s, i, end);
            if (ws < end && s.charAt(ws) == '>') {
                return ws + 1;
            }
            if (ws + 1 < end && s.charAt(ws) == '/' && s.charAt(ws + 1) == '>') {
                return ws + 2;
            }
            if (ws == i) {
                return -1; // an attribute needs whitespace before it
            }
            int attr = attribute(s, ws, end, noQuoteFrom);
            if (attr < 0) {
                return -1;
            }
            i = attr;
        }
    }

    private static int tagName(String s, int i, int end) {
        if (i >= end || !MdBlockStarts.isAsciiLetter(s.charAt(i))) {
            return -1;
        }
        i++;
        while (i < end && (MdBlockStarts.isAsciiAlnum(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    private static int attribute(String s, int i, int end, int[] noQuoteFrom) {
        char c = i < end ? s.charAt(i) : 0;
        if (!(MdBlockStarts.isAsciiLetter(c) || c == '_' || c == ':')) {
            return -1;
        }
        i++;
        while (i < end && (MdBlockStarts.isAsciiAlnum(s.charAt(i)) || "_.:-".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        int ws = skipSpaces(s, i, end);
        if (ws >= end || s.charAt(ws) != '=') {
            return i;
        }
        int v = skipSpaces(s, ws + 1, end);
        if (v >= end) {
            return -1;
        }
        char q = s.charAt(v);
        if (q == '"' || q == '\'') {
            int memo = q == '"' ? 0 : 1;
            if (noQuoteFrom != null && v + 1 >= noQuoteFrom[memo]) {
                return -1;
            }
            int close = s.indexOf(q, v + 1);
            if (close < 0 || close >= end) {
                if (noQuoteFrom != null && close < 0) {
                    noQuoteFrom[memo] = Math.min(noQuoteFrom[memo], v + 1);
                }
                return -1;
            }
            return close + 1;
        }
        int j = v;
        while (j < end && " \t\n\r\f\"'=<>`".indexOf(s.charAt(j)) < 0) {
            j++;
        }
        return j > v ? j : -1;
    }

    private static int skipSpaces(String s, int i, int end) {
        while (i < end && isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of an entity ({@code &amp;}, {@code &#35;}, {@code &#x23;}) at {@code at}, or -1. */
    static int entity(String s, int at, int end) {
        int i = at + 1;
        if (i < end && s.charAt(i) == '#') {
            i++;
            boolean hex = i < end && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int start = i;
            while (i < end && i - start < 9 && (hex ? Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128
                    : s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
                i++;
            }
            int n = i - start;
            return n >= 1 && n <= 8 && i < end && s.charAt(i) == ';' ? i + 1 : -1;
        }
        int start = i;
        if (i >= end || !MdBlockStarts.isAsciiLetter(s.charAt(i))) {
            return -1;
        }
        while (i < end && i - start < 33 && MdBlockStarts.isAsciiAlnum(s.charAt(i))) {
            i++;
        }
        int n = i - start;
        return n >= 2 && n <= 32 && i < end && s.charAt(i) == ';' ? i + 1 : -1;
    }

    /** The end of an autolink ({@code <scheme:...>} or {@code <a@b.c>}) at {@code at}, or -1. */
    static int autolink(String s, int at, int end) {
        int i = at + 1;
        int schemeStart = i;
        while (i < end && i - schemeStart <= 32 && (MdBlockStarts.isAsciiAlnum(s.charAt(i))
                || s.charAt(i) == '+' || s.charAt(i) == '.' || s.charAt(i) == '-')) {
            i++;
        }
        int n = i - schemeStart;
        if (n >= 2 && n <= 32 && MdBlockStarts.isAsciiLetter(s.charAt(schemeStart)) && i < end && s.charAt(i) == ':') {
            i++;
            while (i < end) {
                char c = s.charAt(i);
                if (c == '>') {
                    return i + 1;
                }
                if (c <= ' ' || c == '<') {
                    return -1;
                }
                i++;
            }
            return -1;
        }
        i = at + 1;
        while (i < end && (MdBlockStarts.isAsciiAlnum(s.charAt(i)) || ".!#$%&'*+/=?^_`{|}~-".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        if (i == at + 1 || i >= end || s.charAt(i) != '@') {
            return -1;
        }
        i++;
        int labels = 0;
        while (true) {
            int start = i;
            while (i < end && i - start < 64 && (MdBlockStarts.isAsciiAlnum(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            if (i == start || s.charAt(start) == '-' || s.charAt(i - 1) == '-') {
                return -1;
            }
            labels++;
            if (i < end && s.charAt(i) == '.') {
                i++;
                continue;
            }
            return i < end && s.charAt(i) == '>' && labels > 0 ? i + 1 : -1;
        }
    }

    /** The end of a link label {@code [..]} at {@code at} ('['), or -1: no unescaped brackets, at most 999 chars. */
    static int label(String s, int at, int end) {
        int i = at + 1;
        while (i < end && i - at <= MAX_LABEL + 1) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < end && isAsciiPunctuation(s.charAt(i + 1))) {
                i += 2;
                continue;
            }
            if (c == '[') {
                return -1;
            }
            if (c == ']') {
                return i - at - 1 <= MAX_LABEL ? i + 1 : -1;
            }
            i++;
        }
        return -1;
    }

    /**
     * The end of a link destination at {@code at}: {@code <...>} on one line, or text with balanced parentheses
     * ending before whitespace (or, with {@code spaces}, before the closing ')'); -1 when there is none.
     */
    static int destination(String s, int at, int end, boolean spaces) {
        if (at < end && s.charAt(at) == '<') {
            int i = at + 1;
            while (i < end) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < end && isAsciiPunctuation(s.charAt(i + 1))) {
                    i += 2;
                    continue;
                }
                if (c == '>') {
                    return i + 1;
                }
                if (c == '\n' || c == '<') {
                    return -1;
                }
                i++;
            }
            return -1;
        }
        int depth = 0;
        int i = at;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < end && isAsciiPunctuation(s.charAt(i + 1))) {
                i += 2;
                continue;
            }
            if (c == '(') {
                if (++depth > MAX_PAREN_DEPTH) {
                    return -1;
                }
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == '\n' || c < ' ' || (!spaces && c == ' ')) {
                break;
            }
            i++;
        }
        return depth == 0 ? i : -1;
    }
}
