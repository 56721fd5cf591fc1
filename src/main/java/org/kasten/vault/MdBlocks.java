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

    private final MdLine line;
    private boolean allClosed;
    private MdNode lastMatchedContainer;
    private boolean openedFence;

    private MdBlocks(String s, ScanBudget budget) {
        this.s = s;
        this.budget = budget;
        this.line = new MdLine(s);
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
            p.read(at, end);
            budget.check();
            at = next;
        }
        while (p.tip != null) {
            p.finish(p.tip, length);
        }
        p.doc.end = length;
        return p.doc;
    }

    private void read(int start, int end) {
        line.reset(start, end);
        MdNode container = doc;
        boolean allMatched = true;
        int depth = 0;
        while (container.last != null && container.last.open) {
            MdNode child = container.last;
            line.findNextNonspace();
            MdLine.Continues r = line.continues(child);
            if (r == MdLine.Continues.YES) {
                container = child;
                depth += child.kind == Kind.BLOCK_QUOTE || child.kind == Kind.LIST_ITEM ? 1 : 0;
            } else if (r == MdLine.Continues.CLOSING_FENCE) {
                finish(child, line.end);
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
            line.findNextNonspace();
            boolean indented = line.indent >= 4;
            char c = line.peek(line.nextNonspace);
            if (!indented && !MdBlockStarts.mayStart(c)) {
                line.advanceNextNonspace();
                break;
            }
            MdNode opened = startBlock(container, c, indented, lastMatched, depth);
            if (opened == null) {
                line.advanceNextNonspace();
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
        if (!allMatched && !started && !line.blank && tip.kind == Kind.PARAGRAPH) {
            tip.addLine(line.nextNonspace, line.end);
            return;
        }
        closeUnmatched(lastMatched);
        if (line.blank && container.last != null) {
            container.last.lastBlank = true;
        }
        switch (container.kind) {
            case FENCED_CODE -> {
                if (!openedFence) {
                    container.addLine(line.offset, line.end);
                }
            }
            case INDENTED_CODE -> container.addLine(line.offset, line.end);
            case HTML_BLOCK -> {
                container.addLine(line.offset, line.end);
                if (MdBlockStarts.htmlEnds(container.htmlKind, s, line.offset, line.end)) {
                    finish(container, line.end);
                }
            }
            case PARAGRAPH -> container.addLine(line.nextNonspace, line.end);
            case HEADING, THEMATIC_BREAK -> {
                // one line only: already complete
            }
            default -> {
                if (!line.blank) {
                    MdNode p = add(container, Kind.PARAGRAPH, line.nextNonspace);
                    p.addLine(line.nextNonspace, line.end);
                }
            }
        }
    }

    /** Tries each block start at the current position; returns the new block or null. */
    private MdNode startBlock(MdNode container, char c, boolean indented, MdNode lastMatched, int depth) {
        int at = line.nextNonspace;
        if (!indented) {
            if (c == '>' && depth < MAX_DEPTH) {
                line.skipQuoteMarker();
                closeUnmatched(lastMatched);
                return add(container, Kind.BLOCK_QUOTE, at);
            }
            if (c == '#') {
                int level = MdBlockStarts.atxLevel(s, at, line.end);
                if (level > 0) {
                    closeUnmatched(lastMatched);
                    MdNode h = add(container, Kind.HEADING, at);
                    h.level = level;
                    MdBlockStarts.atxContent(s, at + level, line.end, h);
                    finish(h, line.end);
                    line.toEnd();
                    return h;
                }
            }
            if (c == '`' || c == '~') {
                int run = MdBlockStarts.run(s, at, line.end, c);
                int again = s.indexOf(c, at + run);
                if (run >= 3 && (again < 0 || again >= line.end)) { // (flexmark: no fence character in the info)
                    closeUnmatched(lastMatched);
                    MdNode f = add(container, Kind.FENCED_CODE, at);
                    f.marker = c;
                    f.level = run;
                    f.fenceIndent = line.indent;
                    line.toEnd();
                    openedFence = true;
                    return f;
                }
            }
            if (c == '<') {
                boolean inParagraph = container.kind == Kind.PARAGRAPH || (!allClosed && tip.kind == Kind.PARAGRAPH);
                int kind = MdBlockStarts.htmlStart(s, at, line.end, inParagraph);
                if (kind > 0) {
                    closeUnmatched(lastMatched);
                    MdNode h = add(container, Kind.HTML_BLOCK, at);
                    h.htmlKind = kind;
                    return h;
                }
            }
            if ((c == '=' || c == '-') && container.kind == Kind.PARAGRAPH && MdBlockStarts.isSetextLine(s, at, line.end, c)) {
                closeUnmatched(lastMatched);
                MdNode heading = MdParagraphs.toHeading(container, s, c == '=' ? 1 : 2);
                if (heading != null) {
                    finish(heading, line.end);
                    line.toEnd();
                    tip = heading.parent;
                    return heading;
                }
            }
            if ((c == '*' || c == '-' || c == '_') && MdBlockStarts.isThematicBreak(s, at, line.end)) {
                closeUnmatched(lastMatched);
                MdNode t = add(container, Kind.THEMATIC_BREAK, at);
                finish(t, line.end);
                line.toEnd();
                return t;
            }
        }
        if ((!indented || container.isList()) && depth < MAX_DEPTH) {
            MdNode item = listItem(container, lastMatched);
            if (item != null) {
                return item;
            }
        }
        if (indented && tip.kind != Kind.PARAGRAPH && !line.blank) {
            line.advanceOffset(4, true);
            closeUnmatched(lastMatched);
            return add(container, Kind.INDENTED_CODE, line.offset);
        }
        return null;
    }

    private MdNode listItem(MdNode container, MdNode lastMatched) {
        MdBlockStarts.ListMarker m = MdBlockStarts.listMarker(s, line.nextNonspace, line.end,
                container.kind == Kind.PARAGRAPH);
        if (m == null) {
            return null;
        }
        int markerStart = line.nextNonspace;
        int markerIndent = line.indent;
        int spaces = line.skipListMarker(m.length());
        closeUnmatched(lastMatched);
        Kind listKind = m.ordered() ? Kind.ORDERED_LIST : Kind.BULLET_LIST;
        MdNode target = container;
        if (!(container.kind == listKind && container.marker == m.marker())) {
            if (container.isList()) {
                finish(container, line.start);
                target = container.parent;
            }
            target = add(target, listKind, markerStart);
            target.marker = m.marker();
        }
        MdNode item = add(target, Kind.LIST_ITEM, markerStart);
        item.level = markerIndent + m.length() + spaces;
        item.marker = m.marker();
        item.blankStart = line.emptyItem;
        return item;
    }

    private MdNode add(MdNode parent, Kind kind, int start) {
        while (!canContain(parent, kind)) {
            MdNode up = parent.parent; // finishing a paragraph of definitions only removes it
            finish(parent, line.start);
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
            finish(tip, line.start);
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
}
