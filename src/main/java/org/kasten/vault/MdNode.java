package org.kasten.vault;

/**
 * One node of the scanner's light Markdown tree: blocks (from {@link MdBlocks}) and inlines (from
 * {@link MdInlines}). Offsets of blocks are into the note body; offsets of inlines are into their block's
 * content ({@link MdContent}). Children form a doubly linked list so that emphasis can wrap a run in O(1).
 */
final class MdNode {

    enum Kind {
        DOCUMENT, BLOCK_QUOTE, BULLET_LIST, ORDERED_LIST, LIST_ITEM, PARAGRAPH, HEADING, THEMATIC_BREAK,
        FENCED_CODE, INDENTED_CODE, HTML_BLOCK, REFERENCE, TABLE, TABLE_ROW, TABLE_CELL,
        TEXT, SOFT_BREAK, HARD_BREAK, CODE, HTML, ENTITY, AUTOLINK, LINK, IMAGE, LINK_REF, WIKI, EMPHASIS
    }

    Kind kind;
    /** Start and end offsets (end exclusive). */
    int start;
    int end;
    MdNode parent;
    MdNode first;
    MdNode last;
    MdNode prev;
    MdNode next;

    // blocks
    /** Heading level; list item content indent; fence length. */
    int level;
    /** Fence character, bullet character or ordered-list delimiter. */
    char marker;
    /** Indent of an opening fence. */
    int fenceIndent;
    /** Content lines of a leaf block: pairs of body offsets (start, end). */
    int[] lines;
    int lineCount;
    /** Open for more lines (blocks during parsing). */
    boolean open = true;
    /** A list item that began with a blank line (and may hold nothing). */
    boolean blankStart;
    /** The last line added to this container was blank. */
    boolean lastBlank;
    /** Index of the HTML block kind (1..7). */
    int htmlKind;
    /** The parsed content of a leaf block (paragraph, heading, table cell). */
    MdContent content;

    // inlines and references
    /** Link destination, reference label, or shown text. */
    String url;
    String text;

    MdNode(Kind kind, int start) {
        this.kind = kind;
        this.start = start;
        this.end = start;
    }

    void append(MdNode child) {
        child.parent = this;
        child.prev = last;
        child.next = null;
        if (last == null) {
            first = child;
        } else {
            last.next = child;
        }
        last = child;
    }

    /** Removes this node from its parent. */
    void unlink() {
        if (prev != null) {
            prev.next = next;
        } else if (parent != null) {
            parent.first = next;
        }
        if (next != null) {
            next.prev = prev;
        } else if (parent != null) {
            parent.last = prev;
        }
        prev = null;
        next = null;
        parent = null;
    }

    void addLine(int from, int to) {
        if (lines == null) {
            lines = new int[8];
        } else if (lineCount * 2 + 2 > lines.length) {
            lines = java.util.Arrays.copyOf(lines, lines.length * 2);
        }
        lines[lineCount * 2] = from;
        lines[lineCount * 2 + 1] = to;
        lineCount++;
    }

    boolean isContainer() {
        return kind == Kind.DOCUMENT || kind == Kind.BLOCK_QUOTE || kind == Kind.LIST_ITEM
                || kind == Kind.BULLET_LIST || kind == Kind.ORDERED_LIST;
    }

    boolean isList() {
        return kind == Kind.BULLET_LIST || kind == Kind.ORDERED_LIST;
    }

    boolean isBlock() {
        return kind.ordinal() <= Kind.TABLE.ordinal();
    }
}
