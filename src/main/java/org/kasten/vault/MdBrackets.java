package org.kasten.vault;

/**
 * The stack of open {@code [} and {@code ![} of one leaf that may still become links, images or wiki-links,
 * capped so that a text of nothing but brackets stays linear.
 */
final class MdBrackets {

    /** More open brackets than this at once are read as text. */
    private static final int MAX_OPEN = 200;

    /** An open '[' or '![': its text node, where it is, and the emphasis delimiter below it. */
    static final class Bracket {
        final MdNode node;
        final int pos;
        final boolean image;
        final MdEmphasis.Delimiter delimiterBelow;
        final Bracket previous;
        boolean active = true;

        private Bracket(MdNode node, int pos, boolean image, MdEmphasis.Delimiter delimiterBelow, Bracket previous) {
            this.node = node;
            this.pos = pos;
            this.image = image;
            this.delimiterBelow = delimiterBelow;
            this.previous = previous;
        }
    }

    private Bracket top;
    private int count;

    /** The innermost open bracket, or null. */
    Bracket top() {
        return top;
    }

    /** Opens a bracket whose text is {@code node}; beyond the cap it stays text and nothing is pushed. */
    void push(MdNode node, int pos, boolean image, MdEmphasis.Delimiter delimiterBelow) {
        if (count >= MAX_OPEN) {
            return;
        }
        top = new Bracket(node, pos, image, delimiterBelow, top);
        count++;
    }

    void pop() {
        top = top.previous;
        count--;
    }

    /** Whether {@code node} is the text of the innermost open bracket (it must not grow into the next text). */
    boolean isTopNode(MdNode node) {
        return top != null && top.node == node;
    }

    /** After a link: no link may contain another, so the open {@code [} below it can no longer make one. */
    void deactivateLinkOpeners() {
        for (Bracket b = top; b != null && b.active; b = b.previous) {
            if (!b.image) {
                b.active = false;
            }
        }
    }
}
