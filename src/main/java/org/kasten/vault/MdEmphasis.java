package org.kasten.vault;

import org.kasten.vault.MdNode.Kind;

/**
 * CommonMark's emphasis: a stack of {@code *} and {@code _} delimiter runs, matched as the spec's "process
 * emphasis" does (flanking rules, the rule of three), with the per-kind lower bounds that keep it linear.
 * Matched runs wrap what lies between them in an EMPHASIS node; what is left of a run stays text.
 */
final class MdEmphasis {

    /** Longer runs are text: matching them would nest emphasis thousands deep. */
    static final int MAX_RUN = 64;

    /** One delimiter run on the stack. */
    static final class Delimiter {
        MdNode node;
        char c;
        int count;
        int original;
        boolean canOpen;
        boolean canClose;
        Delimiter previous;
        Delimiter next;
    }

    private Delimiter top;

    Delimiter top() {
        return top;
    }

    boolean isDelimiter(MdNode node) {
        for (Delimiter d = top; d != null; d = d.previous) {
            if (d.node == node) {
                return true;
            }
            if (d.node.start < node.start) {
                return false;
            }
        }
        return false;
    }

    /** True when a run of {@code c} between {@code before} and {@code after} may open or close emphasis. */
    static boolean canOpenOrClose(char c, char before, char after) {
        boolean[] flags = flags(c, before, after);
        return flags[0] || flags[1];
    }

    private static boolean[] flags(char c, char before, char after) {
        boolean beforeSpace = isUnicodeWhitespace(before);
        boolean afterSpace = isUnicodeWhitespace(after);
        boolean beforePunct = isPunctuation(before);
        boolean afterPunct = isPunctuation(after);
        boolean left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
        boolean right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
        if (c == '_') {
            return new boolean[] {left && (!right || beforePunct), right && (!left || afterPunct)};
        }
        return new boolean[] {left, right};
    }

    void push(MdNode node, char c, int run, char before, char after) {
        boolean[] flags = flags(c, before, after);
        boolean canOpen = flags[0];
        boolean canClose = flags[1];
        if (!canOpen && !canClose) {
            return;
        }
        Delimiter d = new Delimiter();
        d.node = node;
        d.c = c;
        d.count = run;
        d.original = run;
        d.canOpen = canOpen;
        d.canClose = canClose;
        d.previous = top;
        if (top != null) {
            top.next = d;
        }
        top = d;
    }

    /** Drops the delimiters above {@code bottom} (their runs stay text). */
    void removeAbove(Delimiter bottom) {
        while (top != null && top != bottom) {
            remove(top);
        }
    }

    /** Matches the delimiters above {@code bottom}, then drops them. */
    void process(Delimiter bottom, MdNode leaf) {
        Delimiter[] openersBottom = new Delimiter[12];
        for (int k = 0; k < openersBottom.length; k++) {
            openersBottom[k] = bottom;
        }
        if (top == bottom) {
            return;
        }
        Delimiter closer = top;
        while (closer != null && closer.previous != bottom) {
            closer = closer.previous;
        }
        while (closer != null) {
            if (!closer.canClose) {
                closer = closer.next;
                continue;
            }
            int slot = (closer.c == '*' ? 0 : 6) + (closer.canOpen ? 3 : 0) + closer.original % 3;
            Delimiter opener = closer.previous;
            boolean found = false;
            while (opener != null && opener != bottom && opener != openersBottom[slot]) {
                if (opener.c == closer.c && opener.canOpen) {
                    boolean odd = (closer.canOpen || opener.canClose) && closer.original % 3 != 0
                            && (opener.original + closer.original) % 3 == 0;
                    if (!odd) {
                        found = true;
                        break;
                    }
                }
                opener = opener.previous;
            }
            if (!found) {
                openersBottom[slot] = closer.previous;
                Delimiter next = closer.next;
                if (!closer.canOpen) {
                    remove(closer);
                }
                closer = next;
                continue;
            }
            int use = closer.count >= 2 && opener.count >= 2 ? 2 : 1;
            opener.count -= use;
            closer.count -= use;
            opener.node.end -= use;
            closer.node.start += use;
            MdNode emph = new MdNode(Kind.EMPHASIS, opener.node.end);
            emph.end = closer.node.start;
            MdNode child = opener.node.next;
            while (child != null && child != closer.node) {
                MdNode next = child.next;
                child.unlink();
                emph.append(child);
                child = next;
            }
            insertAfter(opener.node, emph);
            while (closer.previous != opener) {
                remove(closer.previous);
            }
            if (opener.count == 0) {
                opener.node.unlink();
                remove(opener);
            }
            if (closer.count == 0) {
                Delimiter next = closer.next;
                closer.node.unlink();
                remove(closer);
                closer = next;
            }
        }
        removeAbove(bottom);
    }

    private static void insertAfter(MdNode node, MdNode added) {
        MdNode parent = node.parent;
        added.parent = parent;
        added.prev = node;
        added.next = node.next;
        if (node.next != null) {
            node.next.prev = added;
        } else {
            parent.last = added;
        }
        node.next = added;
    }

    private void remove(Delimiter d) {
        if (d.previous != null) {
            d.previous.next = d.next;
        }
        if (d.next != null) {
            d.next.previous = d.previous;
        }
        if (d == top) {
            top = d.previous;
        }
        d.previous = null;
        d.next = null;
    }

    static boolean isUnicodeWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    static boolean isPunctuation(char c) {
        if (c < 128) {
            return MdInlineSyntax.isAsciiPunctuation(c);
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION
                || type == Character.START_PUNCTUATION;
    }
}
