package org.kasten.vault;

/**
 * The line {@link MdBlocks} is reading: where it stands in it, in characters and in columns (CommonMark's tab
 * stops of 4, a tab may be taken in part), where the next non-space is, and whether the line continues an
 * open block. The fields are read by {@link MdBlocks} directly; they change only through these methods.
 */
final class MdLine {

    /** What {@link #continues} finds. */
    enum Continues { YES, NO, CLOSING_FENCE }

    private final String s;
    int start;
    int end; // before '\r'? '\n'
    int offset;
    int column;
    int nextNonspace;
    private int nextNonspaceColumn;
    int indent;
    boolean blank;
    boolean partialTab;
    /** Set by {@link #skipListMarker}: nothing follows the list marker on this line. */
    boolean emptyItem;

    MdLine(String s) {
        this.s = s;
    }

    /** Starts reading the line {@code s[start, end)}. */
    void reset(int start, int end) {
        this.start = start;
        this.end = end;
        offset = start;
        column = 0;
        partialTab = false;
    }

    /**
     * Whether this line continues the open {@code block}, moving past its marker or indentation when it does;
     * a closing fence uses the line up.
     */
    Continues continues(MdNode block) {
        switch (block.kind) {
            case BLOCK_QUOTE:
                if (indent < 4 && peek(nextNonspace) == '>') {
                    skipQuoteMarker();
                    return Continues.YES;
                }
                return Continues.NO;
            case LIST_ITEM:
                if (blank) {
                    if (block.first == null) {
                        return Continues.NO;
                    }
                    advanceNextNonspace();
                    return Continues.YES;
                }
                if (indent >= block.level) {
                    advanceOffset(block.level, true);
                    return Continues.YES;
                }
                return Continues.NO;
            case BULLET_LIST, ORDERED_LIST, DOCUMENT:
                return Continues.YES;
            case FENCED_CODE: {
                if (indent < 4 && peek(nextNonspace) == block.marker) {
                    int run = MdBlockStarts.run(s, nextNonspace, end, block.marker);
                    if (run >= block.level && MdBlockStarts.blankFrom(s, nextNonspace + run, end)) {
                        return Continues.CLOSING_FENCE;
                    }
                }
                int i = block.fenceIndent;
                while (i > 0 && peek(offset) == ' ' && !partialTab) {
                    advanceOffset(1, true);
                    i--;
                }
                return Continues.YES;
            }
            case INDENTED_CODE:
                if (indent >= 4) {
                    advanceOffset(4, true);
                    return Continues.YES;
                }
                if (blank) {
                    advanceNextNonspace();
                    return Continues.YES;
                }
                return Continues.NO;
            case HTML_BLOCK:
                return blank && (block.htmlKind == 6 || block.htmlKind == 7) ? Continues.NO : Continues.YES;
            case PARAGRAPH:
                return blank ? Continues.NO : Continues.YES;
            default:
                return Continues.NO;
        }
    }

    /** Moves past a block quote's {@code >} at the next non-space and one space or tab after it. */
    void skipQuoteMarker() {
        advanceNextNonspace();
        advanceOffset(1, false);
        if (isSpaceOrTab(peek(offset))) {
            advanceOffset(1, true);
        }
    }

    /**
     * Moves past a list marker of {@code length} at the next non-space and the spaces after it that belong to
     * the item (one when there are none, five or more, or nothing follows); returns how many columns of spaces
     * that is and sets {@link #emptyItem}.
     */
    int skipListMarker(int length) {
        advanceNextNonspace();
        advanceOffset(length, true);
        int spacesStartCol = column;
        int spacesStartOffset = offset;
        do {
            advanceOffset(1, true);
            findNextNonspace();
        } while (column - spacesStartCol < 5 && isSpaceOrTab(peek(offset)));
        emptyItem = offset >= end;
        int spaces = column - spacesStartCol;
        if (spaces >= 5 || spaces < 1 || emptyItem) {
            spaces = 1;
            offset = spacesStartOffset;
            column = spacesStartCol;
            partialTab = false;
            if (isSpaceOrTab(peek(offset))) {
                advanceOffset(1, true);
            }
        }
        return spaces;
    }

    /** Moves to the end of the line (a block that takes the whole line). */
    void toEnd() {
        offset = end;
    }

    char peek(int at) {
        return at < end ? s.charAt(at) : '\n';
    }

    static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    void findNextNonspace() {
        int i = offset;
        int cols = column;
        char c;
        while (i < end && ((c = s.charAt(i)) == ' ' || c == '\t')) {
            cols += c == ' ' ? 1 : 4 - (cols % 4);
            i++;
        }
        blank = i >= end;
        nextNonspace = i;
        nextNonspaceColumn = cols;
        indent = nextNonspaceColumn - column;
    }

    void advanceNextNonspace() {
        offset = nextNonspace;
        column = nextNonspaceColumn;
        partialTab = false;
    }

    /** Moves {@code count} characters on, or {@code count} columns when {@code columns} (a tab may be split). */
    void advanceOffset(int count, boolean columns) {
        while (count > 0 && offset < end) {
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
