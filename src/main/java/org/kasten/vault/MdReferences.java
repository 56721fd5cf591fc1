package org.kasten.vault;

import org.kasten.vault.MdNode.Kind;

/** Link reference definitions ({@code [label]: destination "title"}) at the start of a paragraph. */
final class MdReferences {

    private MdReferences() {
    }

    /**
     * Takes the definitions at the start of {@code paragraph}, adds each as a REFERENCE node before it, and
     * returns how many of its lines they used.
     */
    static int extract(MdNode paragraph, String body) {
        if (paragraph.lineCount == 0 || body.charAt(paragraph.lines[0]) != '[') {
            return 0;
        }
        MdContent content = MdContent.of(body, paragraph, 0, paragraph.lineCount, false);
        String s = content.text;
        int n = s.length();
        int used = 0;
        int p = 0;
        while (p < n && s.charAt(p) == '[') {
            int labelEnd = MdInlineSyntax.label(s, p, n);
            if (labelEnd < 0 || labelEnd >= n || s.charAt(labelEnd) != ':' || s.substring(p + 1, labelEnd - 1).isBlank()) {
                break;
            }
            int q = skipOneLineBreak(s, labelEnd + 1, n);
            int destEnd = destination(s, q, n);
            if (destEnd < 0 || destEnd == q || (s.charAt(q) == '<' && destEnd == q + 2 && false)) {
                break;
            }
            int lineEnd = lineEnd(s, destEnd, n);
            int end = -1;
            int t = skipOneLineBreak(s, destEnd, n);
            if (t > destEnd && t < n && (s.charAt(t) == '"' || s.charAt(t) == '\'' || s.charAt(t) == '(')) {
                int titleEnd = title(s, t, n);
                if (titleEnd > 0 && MdBlockStarts.blankFrom(s, titleEnd, lineEnd(s, titleEnd, n))) {
                    end = lineEnd(s, titleEnd, n);
                }
            }
            if (end < 0) {
                if (!MdBlockStarts.blankFrom(s, destEnd, lineEnd)) {
                    // flexmark's SPACE_IN_LINK_URLS: the destination runs to the end of the line, less a title
                    destEnd = spacedDestinationEnd(s, q, lineEnd);
                    if (destEnd < 0) {
                        break;
                    }
                }
                end = lineEnd;
            }
            MdNode ref = new MdNode(Kind.REFERENCE, content.body(p));
            ref.end = content.body(end);
            ref.text = s.substring(p + 1, labelEnd - 1);
            ref.url = s.substring(q, destEnd);
            ref.open = false;
            MdParagraphs.insertBefore(paragraph, ref);
            for (int i = p; i < end; i++) {
                if (s.charAt(i) == '\n') {
                    used++;
                }
            }
            used++;
            p = end + 1;
        }
        return Math.min(used, paragraph.lineCount);
    }

    /**
     * The end of a destination with spaces that fills {@code s[from, lineEnd)} but for a quoted title; or -1
     * when a '"' is left in it (flexmark reads such a line as text).
     */
    private static int spacedDestinationEnd(String s, int from, int lineEnd) {
        int end = lineEnd;
        while (end > from && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        if (end > from) {
            char q = s.charAt(end - 1);
            if (q == '"' || q == '\'') {
                int open = s.lastIndexOf(q, end - 2);
                if (open > from && (s.charAt(open - 1) == ' ' || s.charAt(open - 1) == '\t')) {
                    end = open;
                    while (end > from && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
                        end--;
                    }
                }
            }
        }
        for (int i = from; i < end; i++) {
            if (s.charAt(i) < ' ' || s.charAt(i) == '"' || s.charAt(i) == ')') {
                return -1;
            }
        }
        return end > from ? end : -1;
    }

    /**
     * The end of a definition's destination at {@code at}: {@code <...>}, or text up to whitespace in which
     * flexmark takes an unclosed '(' but no unopened ')'; -1 when there is none.
     */
    private static int destination(String s, int at, int n) {
        if (at < n && s.charAt(at) == '<') {
            return MdInlineSyntax.destination(s, at, n, false);
        }
        int depth = 0;
        int i = at;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && MdInlineSyntax.isAsciiPunctuation(s.charAt(i + 1))) {
                i += 2;
                continue;
            }
            if (c <= ' ') {
                break;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return -1;
            }
            i++;
        }
        return i;
    }

    private static int lineEnd(String s, int from, int n) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? n : nl;
    }

    private static int skipOneLineBreak(String s, int i, int n) {
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        if (i < n && s.charAt(i) == '\n') {
            i++;
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
        }
        return i;
    }

    /** Longer titles are not looked for (a bound on the scan of an unclosed one). */
    private static final int MAX_TITLE = 4096;

    /** The end of a link title at {@code at} ({@code "..."}, {@code '...'} or {@code (...)}), or -1. */
    static int title(String s, int at, int n) {
        char open = s.charAt(at);
        char close = open == '(' ? ')' : open;
        int i = at + 1;
        int limit = Math.min(n, at + MAX_TITLE);
        while (i < limit) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                i += 2;
                continue;
            }
            if (c == close) {
                return i + 1;
            }
            if (c == open && open == '(') {
                return -1;
            }
            if (c == '\n' && i + 1 < n && s.charAt(i + 1) == '\n') {
                return -1;
            }
            i++;
        }
        return -1;
    }
}
