package org.kasten.vault;

import org.kasten.vault.MdNode.Kind;

/**
 * What a finished paragraph may turn out to be, as flexmark decides it: link reference definitions at its
 * start, then a GFM table (a header row, a separator row of at least three dashes per column, and the rows
 * with a '|' that follow), then a paragraph of what is left; and a paragraph above {@code ===} or {@code ---}
 * becomes a setext heading.
 */
final class MdParagraphs {

    private MdParagraphs() {
    }

    /** Splits the finished {@code paragraph} into definitions, a table and a paragraph; an empty one goes. */
    static void finish(MdNode paragraph, String body) {
        int used = MdReferences.extract(paragraph, body);
        dropLines(paragraph, used);
        if (paragraph.lineCount == 0) {
            paragraph.unlink();
            return;
        }
        int header = isSeparator(body, paragraph, 0) ? 0 : 1; // flexmark: a table may have no header row
        if (paragraph.lineCount >= header + 1 && (header == 0 || isRow(body, paragraph, 0))
                && isSeparator(body, paragraph, header)) {
            int rows = header + 1;
            while (rows < paragraph.lineCount && isRow(body, paragraph, rows)) {
                rows++;
            }
            MdNode rest = null;
            if (rows < paragraph.lineCount) {
                rest = new MdNode(Kind.PARAGRAPH, paragraph.lines[rows * 2]);
                for (int k = rows; k < paragraph.lineCount; k++) {
                    rest.addLine(paragraph.lines[k * 2], paragraph.lines[k * 2 + 1]);
                }
                rest.end = paragraph.end;
                rest.open = false;
            }
            paragraph.kind = Kind.TABLE;
            for (int k = 0; k < rows; k++) {
                if (k != header) {
                    paragraph.append(MdTableRows.row(body, paragraph.lines[k * 2], paragraph.lines[k * 2 + 1]));
                }
            }
            paragraph.end = paragraph.lines[rows * 2 - 1];
            if (rest != null) {
                insertAfter(paragraph, rest);
            }
        }
    }

    /** Turns the open paragraph {@code paragraph} into a setext heading (flexmark takes no definitions out of it). */
    static MdNode toHeading(MdNode paragraph, String body, int level) {
        paragraph.kind = Kind.HEADING;
        paragraph.level = level;
        paragraph.start = paragraph.lines[0];
        return paragraph;
    }

    private static void dropLines(MdNode paragraph, int used) {
        if (used == 0) {
            return;
        }
        int left = paragraph.lineCount - used;
        System.arraycopy(paragraph.lines, used * 2, paragraph.lines, 0, left * 2);
        paragraph.lineCount = left;
        if (left > 0) {
            paragraph.start = paragraph.lines[0];
        }
    }

    private static void insertAfter(MdNode node, MdNode added) {
        MdNode parent = node.parent;
        added.parent = parent;
        added.prev = node;
        added.next = node.next;
        if (node.next != null) {
            node.next.prev = added;
        } else if (parent != null) {
            parent.last = added;
        }
        node.next = added;
    }

    /** Inserts {@code added} before {@code node}. */
    static void insertBefore(MdNode node, MdNode added) {
        MdNode parent = node.parent;
        added.parent = parent;
        added.next = node;
        added.prev = node.prev;
        if (node.prev != null) {
            node.prev.next = added;
        } else if (parent != null) {
            parent.first = added;
        }
        node.prev = added;
    }

    private static boolean isRow(String body, MdNode p, int line) {
        int a = p.lines[line * 2];
        int b = p.lines[line * 2 + 1];
        int bar = body.indexOf('|', a);
        return bar >= 0 && bar < b;
    }

    /** {@code |---|:--:|}: cells of dashes with optional colons, three characters or more, and at least one '|'. */
    private static boolean isSeparator(String body, MdNode p, int line) {
        int a = p.lines[line * 2];
        int b = p.lines[line * 2 + 1];
        boolean bar = false;
        int cells = 0;
        int i = a;
        while (i < b) {
            while (i < b && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
                i++;
            }
            if (i < b && body.charAt(i) == '|') {
                bar = true;
                i++;
                continue;
            }
            if (i >= b) {
                break;
            }
            int cellStart = i;
            if (body.charAt(i) == ':') {
                i++;
            }
            int dashes = MdBlockStarts.run(body, i, b, '-');
            i += dashes;
            if (i < b && body.charAt(i) == ':') {
                i++;
            }
            if (dashes < 1 || i - cellStart < 3) {
                return false; // at least three characters, colons included
            }
            while (i < b && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
                i++;
            }
            if (i < b && body.charAt(i) != '|') {
                return false;
            }
            cells++;
        }
        return bar && cells > 0;
    }
}
