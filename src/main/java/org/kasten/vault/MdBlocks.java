package org.kasten.vault;

import org.kasten.vault.MdNode.Kind;

/**
 * The block structure of a Markdown body, CommonMark's way (as flexmark reads it): block quotes, lists,
 * paragraphs, ATX and setext headings, thematic breaks, fenced and indented code, HTML blocks; paragraphs are
 * then split into link reference definitions and GFM tables by {@link MdParagraphs}. One pass over the lines;
 * each line visits only the open containers (their depth is capped), so time is linear in the input.
 */
final class MdBlocks {

    /** Deeper block quotes or list items than this are read as text (no real note nests so deep). */
    static final int MAX_DEPTH = 100;

    private final String s;
    private final ScanBudget budget;
    private final MdNode doc;
    private MdNode tip;

    // the current line
    private int lineStart;
    private int lineEnd; // before '\r'? '\n'
    private int offset;
    private int column;
    private int nextNonspace;
    private int nextNonspaceColumn;
    private int indent;
    private boolean blank;
    private boolean partialTab;
    private boolean allClosed;
    private MdNode lastMatchedContainer;
    private boolean openedFence;

    private MdBlocks(String s, ScanBudget budget) {
        this.s = s;
        this.budget = budget;
        this.doc = new MdNode(Kind.DOCUMENT, 0);
        this.tip = doc;
    }

    /** Parses {@code text} into a document tree (leaves keep their content lines, not yet inline-parsed). */
    static MdNode parse(String text, ScanBudget budget) {
        MdBlocks p = new MdBlocks(text, budget);
        int at = 0;
        int length = text.length();
        while (at < length) {
            int nl = text.indexOf('\n', at);
            int next = nl < 0 ? length : nl + 1;
            int end = nl < 0 ? length : nl;
            if (end > at && text.charAt(end - 1) == '\r') {
                end--;
            }
            p.line(at, end);
            budget.check();
            at = next;
        }
        while (p.tip != null) {
            p.finish(p.tip, length);
        }
        p.doc.end = length;
        return p.doc;
    }

    private void line(int start, int end) {
        lineStart = start;
        lineEnd = end;
        offset = start;
        column = 0;
        partialTab = false;
        MdNode container = doc;
        boolean allMatched = true;
        int depth = 0;
        while (container.last != null && container.last.open) {
            MdNode child = container.last;
            findNextNonspace();
            int r = continues(child);
            if (r == 0) {
                container = child;
                depth += child.kind == Kind.BLOCK_QUOTE || child.kind == Kind.LIST_ITEM ? 1 : 0;
            } else if (r == 2) {
                return;
            } else {
                allMatched = false;
                break;
            }
        }
        MdNode lastMatched = container;
        lastMatchedContainer = container;
        allClosed = container == tip;
        openedFence = false;
        boolean leaf = container.kind == Kind.FENCED_CODE || container.kind == Kind.INDENTED_CODE
                || container.kind == Kind.HTML_BLOCK;
        boolean started = false;
        while (!leaf) {
            findNextNonspace();
            boolean indented = indent >= 4;
            char c = peek(nextNonspace);
            if (!indented && !maySpecial(c)) {
                advanceNextNonspace();
                break;
            }
            MdNode opened = startBlock(container, c, indented, lastMatched, depth);
            if (opened == null) {
                advanceNextNonspace();
                break;
            }
            started = true;
            container = opened;
            if (opened.kind == Kind.BLOCK_QUOTE || opened.kind == Kind.LIST_ITEM) {
                depth++;
            } else {
                leaf = true;
            }
        }
        // lazy paragraph continuation
        if (!allMatched && !started && !blank && tip.kind == Kind.PARAGRAPH) {
            tip.addLine(nextNonspace, lineEnd);
            return;
        }
        closeUnmatched(lastMatched);
        if (blank && container.last != null) {
            container.last.lastBlank = true;
        }
        switch (container.kind) {
            case FENCED_CODE -> {
                if (!openedFence) {
                    container.addLine(offset, lineEnd);
                }
            }
            case INDENTED_CODE -> container.addLine(offset, lineEnd);
            case HTML_BLOCK -> {
                container.addLine(offset, lineEnd);
                if (MdBlockStarts.htmlEnds(container.htmlKind, s, offset, lineEnd)) {
                    finish(container, lineEnd);
                }
            }
            case PARAGRAPH -> container.addLine(nextNonspace, lineEnd);
            case HEADING, THEMATIC_BREAK -> {
                // one line only: already complete
            }
            default -> {
                if (!blank) {
                    MdNode p = add(container, Kind.PARAGRAPH, nextNonspace);
                    p.addLine(nextNonspace, lineEnd);
                }
            }
        }
    }

    private static boolean maySpecial(char c) {
        return c == '>' || c == '#' || c == '`' || c == '~' || c == '<' || c == '=' || c == '-' || c == '*'
                || c == '+' || c == '_' || (c >= '0' && c <= '9');
    }

    /** 0: matched, 1: not matched, 2: the line is used up (a closing fence). */
    private int continues(MdNode block) {
        switch (block.kind) {
            case BLOCK_QUOTE:
                if (indent < 4 && peek(nextNonspace) == '>') {
                    advanceNextNonspace();
                    advanceOffset(1, false);
                    if (isSpaceOrTab(peek(offset))) {
                        advanceOffset(1, true);
                    }
                    return 0;
                }
                return 1;
            case LIST_ITEM:
                if (blank) {
                    if (block.first == null) {
                        return 1;
                    }
                    advanceNextNonspace();
                    return 0;
                }
                if (indent >= block.level) {
                    advanceOffset(block.level, true);
                    return 0;
                }
                return 1;
            case BULLET_LIST, ORDERED_LIST, DOCUMENT:
                return 0;
            case FENCED_CODE: {
                if (indent < 4 && peek(nextNonspace) == block.marker) {
                    int run = MdBlockStarts.run(s, nextNonspace, lineEnd, block.marker);
                    if (run >= block.level && MdBlockStarts.blankFrom(s, nextNonspace + run, lineEnd)) {
                        finish(block, lineEnd);
                        return 2;
                    }
                }
                int i = block.fenceIndent;
                while (i > 0 && peek(offset) == ' ' && !partialTab) {
                    advanceOffset(1, true);
                    i--;
                }
                return 0;
            }
            case INDENTED_CODE:
                if (indent >= 4) {
                    advanceOffset(4, true);
                    return 0;
                }
                if (blank) {
                    advanceNextNonspace();
                    return 0;
                }
                return 1;
            case HTML_BLOCK:
                return blank && (block.htmlKind == 6 || block.htmlKind == 7) ? 1 : 0;
            case PARAGRAPH:
                return blank ? 1 : 0;
            default:
                return 1;
        }
    }

    /** Tries each block start at the current position; returns the new block or null. */
    private MdNode startBlock(MdNode container, char c, boolean indented, MdNode lastMatched, int depth) {
        int at = nextNonspace;
        if (!indented) {
            if (c == '>' && depth < MAX_DEPTH) {
                advanceNextNonspace();
                advanceOffset(1, false);
                if (isSpaceOrTab(peek(offset))) {
                    advanceOffset(1, true);
                }
                closeUnmatched(lastMatched);
                return add(container, Kind.BLOCK_QUOTE, at);
            }
            if (c == '#') {
                int level = MdBlockStarts.atxLevel(s, at, lineEnd);
                if (level > 0) {
                    closeUnmatched(lastMatched);
                    MdNode h = add(container, Kind.HEADING, at);
                    h.level = level;
                    MdBlockStarts.atxContent(s, at + level, lineEnd, h);
                    finish(h, lineEnd);
                    offset = lineEnd;
                    return h;
                }
            }
            if (c == '`' || c == '~') {
                int run = MdBlockStarts.run(s, at, lineEnd, c);
                int again = s.indexOf(c, at + run);
                if (run >= 3 && (again < 0 || again >= lineEnd)) { // (flexmark: no fence character in the info)
                    closeUnmatched(lastMatched);
                    MdNode f = add(container, Kind.FENCED_CODE, at);
                    f.marker = c;
                    f.level = run;
                    f.fenceIndent = indent;
                    offset = lineEnd;
                    openedFence = true;
                    return f;
                }
            }
            if (c == '<') {
                boolean inParagraph = container.kind == Kind.PARAGRAPH || (!allClosed && tip.kind == Kind.PARAGRAPH);
                int kind = MdBlockStarts.htmlStart(s, at, lineEnd, inParagraph);
                if (kind > 0) {
                    closeUnmatched(lastMatched);
                    MdNode h = add(container, Kind.HTML_BLOCK, at);
                    h.htmlKind = kind;
                    return h;
                }
            }
            if ((c == '=' || c == '-') && container.kind == Kind.PARAGRAPH && MdBlockStarts.isSetextLine(s, at, lineEnd, c)) {
                closeUnmatched(lastMatched);
                MdNode heading = MdParagraphs.toHeading(container, s, c == '=' ? 1 : 2);
                if (heading != null) {
                    finish(heading, lineEnd);
                    offset = lineEnd;
                    tip = heading.parent;
                    return heading;
                }
            }
            if ((c == '*' || c == '-' || c == '_') && MdBlockStarts.isThematicBreak(s, at, lineEnd)) {
                closeUnmatched(lastMatched);
                MdNode t = add(container, Kind.THEMATIC_BREAK, at);
                finish(t, lineEnd);
                offset = lineEnd;
                return t;
            }
        }
        if ((!indented || container.isList()) && depth < MAX_DEPTH) {
            MdNode item = listItem(container, lastMatched);
            if (item != null) {
                return item;
            }
        }
        if (indented && tip.kind != Kind.PARAGRAPH && !blank) {
            advanceOffset(4, true);
            closeUnmatched(lastMatched);
            return add(container, Kind.INDENTED_CODE, offset);
        }
        return null;
    }

    private MdNode listItem(MdNode container, MdNode lastMatched) {
        MdBlockStarts.ListMarker m = MdBlockStarts.listMarker(s, nextNonspace, lineEnd,
                container.kind == Kind.PARAGRAPH);
        if (m == null) {
            return null;
        }
        int markerStart = nextNonspace;
        int markerIndent = indent;
        advanceNextNonspace();
        advanceOffset(m.length(), true);
        int spacesStartCol = column;
        int spacesStartOffset = offset;
        do {
            advanceOffset(1, true);
            findNextNonspace();
        } while (column - spacesStartCol < 5 && isSpaceOrTab(peek(offset)));
        boolean blankItem = offset >= lineEnd;
        int spaces = column - spacesStartCol;
        if (spaces >= 5 || spaces < 1 || blankItem) {
            spaces = 1;
            column = spacesStartCol;
            offset = spacesStartOffset;
            partialTab = false;
            if (isSpaceOrTab(peek(offset))) {
                advanceOffset(1, true);
            }
        }
        closeUnmatched(lastMatched);
        Kind listKind = m.ordered() ? Kind.ORDERED_LIST : Kind.BULLET_LIST;
        MdNode target = container;
        if (!(container.kind == listKind && container.marker == m.marker())) {
            if (container.isList()) {
                finish(container, lineStart);
                target = container.parent;
            }
            target = add(target, listKind, markerStart);
            target.marker = m.marker();
        }
        MdNode item = add(target, Kind.LIST_ITEM, markerStart);
        item.level = markerIndent + m.length() + spaces;
        item.marker = m.marker();
        item.blankStart = blankItem;
        return item;
    }

    private MdNode add(MdNode parent, Kind kind, int start) {
        while (!canContain(parent, kind)) {
            MdNode up = parent.parent; // finishing a paragraph of definitions only removes it
            finish(parent, lineStart);
            parent = up;
        }
        MdNode n = new MdNode(kind, start);
        parent.append(n);
        tip = n;
        return n;
    }

    private static boolean canContain(MdNode parent, Kind kind) {
        return switch (parent.kind) {
            case DOCUMENT, BLOCK_QUOTE, LIST_ITEM -> kind != Kind.LIST_ITEM;
            case BULLET_LIST, ORDERED_LIST -> kind == Kind.LIST_ITEM;
            default -> false;
        };
    }

    private void closeUnmatched(MdNode ignored) {
        if (allClosed) {
            return;
        }
        allClosed = true;
        MdNode lastMatched = lastMatchedContainer;
        while (tip != lastMatched && tip != null) {
            MdNode parent = tip.parent;
            finish(tip, lineStart);
            tip = parent;
        }
    }

    /** Closes {@code block}; the tip moves to its parent. */
    private void finish(MdNode block, int end) {
        MdNode parent = block.parent;
        if (block.open) {
            block.open = false;
            if (block.kind == Kind.PARAGRAPH) {
                block.end = block.lineCount > 0 ? block.lines[block.lineCount * 2 - 1] : end;
                MdParagraphs.finish(block, s);
            } else if (block.kind == Kind.INDENTED_CODE) {
                while (block.lineCount > 0 && MdBlockStarts.blankFrom(s, block.lines[block.lineCount * 2 - 2],
                        block.lines[block.lineCount * 2 - 1])) {
                    block.lineCount--;
                }
                block.end = block.lineCount > 0 ? block.lines[block.lineCount * 2 - 1] : block.start;
            } else if (block.lineCount > 0 && block.kind != Kind.HEADING) {
                block.end = Math.max(block.start, block.lines[block.lineCount * 2 - 1]);
            } else {
                block.end = Math.max(block.start, Math.min(end, s.length()));
            }
            if (block.kind == Kind.FENCED_CODE || block.kind == Kind.HTML_BLOCK) {
                block.end = Math.max(block.end, Math.min(end, s.length()));
            }
        }
        if (tip == block) {
            tip = parent;
        }
    }

    // ---- line position helpers (CommonMark tab stops of 4) ----

    private char peek(int at) {
        return at < lineEnd ? s.charAt(at) : '\n';
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    private void findNextNonspace() {
        int i = offset;
        int cols = column;
        char c;
        while (i < lineEnd && ((c = s.charAt(i)) == ' ' || c == '\t')) {
            cols += c == ' ' ? 1 : 4 - (cols % 4);
            i++;
        }
        blank = i >= lineEnd;
        nextNonspace = i;
        nextNonspaceColumn = cols;
        indent = nextNonspaceColumn - column;
    }

    private void advanceNextNonspace() {
        offset = nextNonspace;
        column = nextNonspaceColumn;
        partialTab = false;
    }

    private void advanceOffset(int count, boolean columns) {
        while (count > 0 && offset < lineEnd) {
            char c = s.charAt(offset);
            if (c == '\t' && columns) {
                int toStop = 4 - (column % 4);
                if (toStop > count) {
                    partialTab = true;
                    column += count;
                    count = 0;
                } else {
                    partialTab = false;
                    column += toStop;
                    offset++;
                    count -= toStop;
                }
            } else {
                partialTab = false;
                offset++;
                column++;
                count--;
            }
        }
    }
}
