package org.kasten.vault;

import java.util.Locale;
import java.util.Set;

/** The line tests that start or end Markdown blocks (CommonMark), each bounded by its line. */
final class MdBlockStarts {

    /** A list marker: its length ("-" 1, "12." 3), whether it is ordered, its bullet or delimiter. */
    record ListMarker(int length, boolean ordered, char marker) {
    }

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "base", "basefont",
            "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
            "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
            "menuitem", "meta", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "section", "source",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul");

    private MdBlockStarts() {
    }

    /** Whether a block other than a paragraph or indented code may start with {@code c}. */
    static boolean mayStart(char c) {
        return c == '>' || c == '#' || c == '`' || c == '~' || c == '<' || c == '=' || c == '-' || c == '*'
                || c == '+' || c == '_' || (c >= '0' && c <= '9');
    }

    /** Length of the run of {@code c} at {@code at}. */
    static int run(String s, int at, int end, char c) {
        int i = at;
        while (i < end && s.charAt(i) == c) {
            i++;
        }
        return i - at;
    }

    /** True when {@code s[from, end)} holds only spaces and tabs. */
    static boolean blankFrom(String s, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The level of an ATX heading starting at {@code at}, or 0. */
    static int atxLevel(String s, int at, int end) {
        int n = run(s, at, end, '#');
        if (n < 1 || n > 6) {
            return 0;
        }
        int after = at + n;
        return after >= end || s.charAt(after) == ' ' || s.charAt(after) == '\t' ? n : 0;
    }

    /** Sets the one content line of an ATX heading: without surrounding spaces and the closing #s. */
    static void atxContent(String s, int from, int end, MdNode heading) {
        int a = from;
        while (a < end && (s.charAt(a) == ' ' || s.charAt(a) == '\t')) {
            a++;
        }
        int b = end;
        while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == '\t')) {
            b--;
        }
        int hashes = b;
        while (hashes > a && s.charAt(hashes - 1) == '#') {
            hashes--;
        }
        if (hashes < b && (hashes == a || s.charAt(hashes - 1) == ' ' || s.charAt(hashes - 1) == '\t')) {
            b = hashes;
            while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == '\t')) {
                b--;
            }
        }
        heading.addLine(a, b);
    }

    /** {@code ===} or {@code ---} alone on the line (trailing spaces allowed). */
    static boolean isSetextLine(String s, int at, int end, char c) {
        int n = run(s, at, end, c);
        return n > 0 && blankFrom(s, at + n, end);
    }

    /** Three or more {@code *}, {@code -} or {@code _}, with spaces or tabs between. */
    static boolean isThematicBreak(String s, int at, int end) {
        char c = s.charAt(at);
        int count = 0;
        for (int i = at; i < end; i++) {
            char d = s.charAt(i);
            if (d == c) {
                count++;
            } else if (d != ' ' && d != '\t') {
                return false;
            }
        }
        return count >= 3;
    }

    /** A bullet or ordered list marker at {@code at}, or null; {@code inParagraph}: it would interrupt one. */
    static ListMarker listMarker(String s, int at, int end, boolean inParagraph) {
        if (at >= end) {
            return null;
        }
        char c = s.charAt(at);
        ListMarker m;
        if (c == '-' || c == '*' || c == '+') {
            m = new ListMarker(1, false, c);
        } else {
            int digits = 0;
            while (at + digits < end && digits < 10 && Character.isDigit(s.charAt(at + digits))
                    && s.charAt(at + digits) < 128) {
                digits++;
            }
            if (digits < 1 || digits > 9 || at + digits >= end) {
                return null;
            }
            char d = s.charAt(at + digits);
            if (d != '.' && d != ')') {
                return null;
            }
            if (inParagraph && !(digits == 1 && c == '1')) {
                return null;
            }
            m = new ListMarker(digits + 1, true, d);
        }
        int after = at + m.length();
        if (after < end && s.charAt(after) != ' ' && s.charAt(after) != '\t') {
            return null;
        }
        if (inParagraph && blankFrom(s, after, end)) {
            return null;
        }
        return m;
    }

    /** The kind (1..7) of an HTML block starting at {@code at}, or 0; kind 7 cannot interrupt a paragraph. */
    static int htmlStart(String s, int at, int end, boolean inParagraph) {
        String line = s.substring(at, Math.min(end, at + 12)).toLowerCase(Locale.ROOT);
        for (String tag : new String[] {"<script", "<pre", "<style", "<textarea"}) {
            if (line.startsWith(tag)) {
                int after = at + tag.length();
                char c = after < end ? s.charAt(after) : '\n';
                if (c == ' ' || c == '\t' || c == '>' || c == '\n') {
                    return 1;
                }
            }
        }
        if (line.startsWith("<!--")) {
            return 2;
        }
        if (line.startsWith("<?")) {
            return 3;
        }
        if (line.length() > 2 && line.startsWith("<!") && line.charAt(2) >= 'a' && line.charAt(2) <= 'z') {
            return 4;
        }
        if (line.startsWith("<![cdata[")) {
            return 5;
        }
        int i = at + 1;
        if (i < end && s.charAt(i) == '/') {
            i++;
        }
        int nameStart = i;
        while (i < end && isAsciiAlnum(s.charAt(i))) {
            i++;
        }
        if (i > nameStart && isAsciiLetter(s.charAt(nameStart))) {
            String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
            char c = i < end ? s.charAt(i) : '\n';
            if (BLOCK_TAGS.contains(name) && (c == ' ' || c == '\t' || c == '\n' || c == '>'
                    || (c == '/' && i + 1 < end && s.charAt(i + 1) == '>'))) {
                return 6;
            }
        }
        if (!inParagraph) {
            int tagEnd = MdInlineSyntax.htmlTag(s, at, end);
            if (tagEnd > 0 && blankFrom(s, tagEnd, end)) {
                String lower = line;
                if (!lower.startsWith("<script") && !lower.startsWith("<style") && !lower.startsWith("<pre")) {
                    return 7;
                }
            }
        }
        return 0;
    }

    /** True when the line {@code s[from, end)} ends an HTML block of {@code kind} (kinds 1 to 5). */
    static boolean htmlEnds(int kind, String s, int from, int end) {
        String line = kind <= 5 ? s.substring(from, end) : "";
        return switch (kind) {
            case 1 -> {
                String lower = line.toLowerCase(Locale.ROOT);
                yield lower.contains("</script>") || lower.contains("</pre>") || lower.contains("</style>")
                        || lower.contains("</textarea>");
            }
            case 2 -> line.contains("-->");
            case 3 -> line.contains("?>");
            case 4 -> line.contains(">");
            case 5 -> line.contains("]]>");
            default -> false;
        };
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
