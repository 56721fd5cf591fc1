package org.kasten.vault;

import org.kasten.vault.MdNode.Kind;

/**
 * The inlines of one leaf block, CommonMark's way as flexmark reads them with wiki-links: code spans,
 * autolinks, raw HTML, entities, links and images, reference links (any {@code [text]}), wiki-links and
 * emphasis (by {@link MdEmphasis}). Linear: brackets ({@link MdBrackets}) and delimiters live on stacks,
 * code-span closers are looked up per length ({@link MdBacktickRuns}), and every forward scan is bounded or
 * remembered ({@link MdRawHtml}).
 */
final class MdInlines {

    private final String s;
    private final int n;
    private final MdNode leaf;
    private final ScanBudget budget;
    private final MdEmphasis emphasis = new MdEmphasis();
    private final MdBrackets brackets = new MdBrackets();
    private MdBacktickRuns backtickRuns;
    private MdRawHtml html;

    private MdInlines(MdNode leaf, String s, ScanBudget budget) {
        this.leaf = leaf;
        this.s = s;
        this.n = s.length();
        this.budget = budget;
    }

    /** Parses {@code content} into inline children of {@code leaf}. */
    static void parse(MdNode leaf, MdContent content, ScanBudget budget) {
        leaf.content = content;
        new MdInlines(leaf, content.text, budget).run();
    }

    private void run() {
        int i = 0;
        while (i < n) {
            budget.check();
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> i = lineBreak(i);
                case '\\' -> i = backslash(i);
                case '`' -> i = codeSpan(i);
                case '*', '_' -> i = delimiterRun(i, c);
                case '[' -> i = openBracket(i, false);
                case '!' -> i = i + 2 < n && s.charAt(i + 1) == '[' && s.charAt(i + 2) != '[' ? openBracket(i, true) : text(i, i + 1);
                case ']' -> i = closeBracket(i);
                case '<' -> i = angle(i);
                case '&' -> {
                    int e = MdInlineSyntax.entity(s, i, n);
                    i = e > 0 ? add(Kind.ENTITY, i, e) : text(i, i + 1);
                }
                default -> {
                    int j = i + 1;
                    while (j < n && !isSpecial(s.charAt(j))) {
                        j++;
                    }
                    i = text(i, j);
                }
            }
        }
        emphasis.process(null, leaf);
        merge(leaf);
    }

    private static boolean isSpecial(char c) {
        return c == '\n' || c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == '!' || c == ']'
                || c == '<' || c == '&';
    }

    private int add(Kind kind, int start, int end) {
        MdNode node = new MdNode(kind, start);
        node.end = end;
        leaf.append(node);
        return end;
    }

    private int text(int start, int end) {
        MdNode last = leaf.last;
        if (last != null && last.kind == Kind.TEXT && last.end == start && !emphasis.isDelimiter(last)
                && !brackets.isTopNode(last)) {
            last.end = end;
            return end;
        }
        return add(Kind.TEXT, start, end);
    }

    private int lineBreak(int i) {
        int spaces = 0;
        while (i - spaces - 1 >= 0 && s.charAt(i - spaces - 1) == ' ') {
            spaces++;
        }
        MdNode last = leaf.last;
        if (spaces > 0 && last != null && last.kind == Kind.TEXT && last.end == i && !emphasis.isDelimiter(last)
                && !brackets.isTopNode(last)) {
            last.end = Math.max(last.start, i - spaces);
            if (last.end == last.start) {
                last.unlink();
            }
        }
        add(spaces >= 2 ? Kind.HARD_BREAK : Kind.SOFT_BREAK, i, i + 1);
        int j = i + 1;
        while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        return j;
    }

    private int backslash(int i) {
        if (i + 1 < n && s.charAt(i + 1) == '\n') {
            add(Kind.HARD_BREAK, i, i + 2);
            int j = i + 2;
            while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                j++;
            }
            return j;
        }
        if (i + 1 < n && MdInlineSyntax.isAsciiPunctuation(s.charAt(i + 1))) {
            return text(i, i + 2);
        }
        return text(i, i + 1);
    }

    private int codeSpan(int i) {
        int run = MdBlockStarts.run(s, i, n, '`');
        if (backtickRuns == null) {
            backtickRuns = new MdBacktickRuns(s);
        }
        int close = backtickRuns.closing(i + run, run);
        if (close < 0) {
            return text(i, i + run);
        }
        MdNode code = new MdNode(Kind.CODE, i);
        code.end = close + run;
        code.text = s.substring(i + run, close);
        leaf.append(code);
        return close + run;
    }

    private int delimiterRun(int i, char c) {
        int run = MdBlockStarts.run(s, i, n, c);
        char before = i == 0 ? '\n' : s.charAt(i - 1);
        char after = i + run >= n ? '\n' : s.charAt(i + run);
        if (run > MdEmphasis.MAX_RUN || !MdEmphasis.canOpenOrClose(c, before, after)) {
            return text(i, i + run);
        }
        MdNode node = new MdNode(Kind.TEXT, i);
        node.end = i + run;
        leaf.append(node);
        emphasis.push(node, c, run, before, after);
        return i + run;
    }

    private int openBracket(int i, boolean image) {
        int width = image ? 2 : 1;
        MdNode node = new MdNode(Kind.TEXT, i);
        node.end = i + width;
        leaf.append(node);
        brackets.push(node, i, image, emphasis.top());
        return i + width;
    }

    private int closeBracket(int i) {
        MdBrackets.Bracket opener = brackets.top();
        if (opener == null) {
            return text(i, i + 1);
        }
        if (!opener.active) {
            brackets.pop();
            return text(i, i + 1);
        }
        MdBrackets.Bracket outer = opener.previous;
        if (!opener.image && outer != null && !outer.image && outer.pos == opener.pos - 1 && i + 1 < n
                && s.charAt(i + 1) == ']') {
            return wikiLink(outer, i);
        }
        int textStart = opener.pos + (opener.image ? 2 : 1);
        int after = i + 1;
        if (after < n && s.charAt(after) == '(') {
            int[] link = MdLinkTail.inline(s, after, n);
            if (link != null) {
                MdNode node = wrap(opener, opener.image ? Kind.IMAGE : Kind.LINK, link[2]);
                node.url = s.substring(link[0], link[1]);
                node.text = s.substring(textStart, i);
                if (!opener.image) {
                    brackets.deactivateLinkOpeners();
                    unlinkReferences(node);
                }
                return link[2];
            }
        }
        if (after < n && s.charAt(after) == '[') {
            int labelEnd = MdInlineSyntax.label(s, after, n);
            if (labelEnd > 0) {
                wrap(opener, Kind.LINK_REF, labelEnd);
                return labelEnd;
            }
        }
        if (MdInlineSyntax.label(s, opener.pos + (opener.image ? 1 : 0), n) == i + 1) {
            wrap(opener, Kind.LINK_REF, i + 1);
            return i + 1;
        }
        brackets.pop();
        return text(i, i + 1);
    }

    /** Makes the nodes after the opener's the children of a new node of {@code kind} ending at {@code end}. */
    private MdNode wrap(MdBrackets.Bracket opener, Kind kind, int end) {
        emphasis.process(opener.delimiterBelow, leaf);
        MdNode node = new MdNode(kind, opener.pos);
        node.end = end;
        MdNode child = opener.node.next;
        while (child != null) {
            MdNode next = child.next;
            child.unlink();
            node.append(child);
            child = next;
        }
        opener.node.unlink();
        leaf.append(node);
        brackets.pop();
        if (kind == Kind.LINK_REF) {
            trimText(node);
        }
        return node;
    }

    /** A link holds no reference links: flexmark reads a {@code [b]} inside {@code [a [b]](u)} as text. */
    private static void unlinkReferences(MdNode parent) {
        for (MdNode child = parent.first; child != null; child = child.next) {
            if (child.kind == Kind.LINK_REF) {
                child.kind = Kind.TEXT;
                child.first = null;
                child.last = null;
            } else if (child.first != null && child.kind == Kind.EMPHASIS) {
                unlinkReferences(child);
            }
        }
    }

    /** A reference link's text loses the spaces at its ends, as flexmark's does. */
    private void trimText(MdNode node) {
        MdNode first = node.first;
        if (first != null && first.kind == Kind.TEXT) {
            while (first.start < first.end && (s.charAt(first.start) == ' ' || s.charAt(first.start) == '\t')) {
                first.start++;
            }
        }
        MdNode last = node.last;
        if (last != null && last.kind == Kind.TEXT) {
            while (last.end > last.start && (s.charAt(last.end - 1) == ' ' || s.charAt(last.end - 1) == '\t')) {
                last.end--;
            }
        }
    }

    private int wikiLink(MdBrackets.Bracket outer, int i) {
        emphasis.removeAbove(outer.delimiterBelow);
        MdNode node = new MdNode(Kind.WIKI, outer.pos);
        node.end = i + 2;
        node.text = s.substring(outer.pos + 2, i);
        MdNode child = outer.node;
        while (child != null) {
            MdNode next = child.next;
            child.unlink();
            child = next;
        }
        leaf.append(node);
        brackets.pop();
        brackets.pop();
        brackets.deactivateLinkOpeners();
        return i + 2;
    }

    private int angle(int i) {
        int auto = MdInlineSyntax.autolink(s, i, n);
        if (auto > 0) {
            return add(Kind.AUTOLINK, i, auto);
        }
        if (html == null) {
            html = new MdRawHtml(s);
        }
        int end = html.end(i);
        return end > 0 ? add(Kind.HTML, i, end) : text(i, i + 1);
    }

    /** Merges neighbouring text nodes that touch, at every level (flexmark keeps them as one). */
    private static void merge(MdNode parent) {
        MdNode child = parent.first;
        while (child != null) {
            MdNode next = child.next;
            if (child.kind == Kind.TEXT && next != null && next.kind == Kind.TEXT && child.end == next.start) {
                child.end = next.end;
                next.unlink();
                continue;
            }
            if (child.first != null) {
                merge(child);
            }
            child = next;
        }
    }
}
