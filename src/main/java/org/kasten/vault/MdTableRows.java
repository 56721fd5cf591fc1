package org.kasten.vault;

import org.kasten.vault.MdNode.Kind;

/** Splits one table row into cells at each '|' that is neither escaped nor inside a code span. */
final class MdTableRows {

    private MdTableRows() {
    }

    static MdNode row(String body, int from, int to) {
        MdNode row = new MdNode(Kind.TABLE_ROW, from);
        row.end = to;
        int a = from;
        while (a < to && (body.charAt(a) == ' ' || body.charAt(a) == '\t')) {
            a++;
        }
        int b = to;
        while (b > a && (body.charAt(b - 1) == ' ' || body.charAt(b - 1) == '\t')) {
            b--;
        }
        if (a < b && body.charAt(a) == '|') {
            a++;
        }
        if (b > a && body.charAt(b - 1) == '|' && (b - 2 < a || body.charAt(b - 2) != '\\')) {
            b--;
        }
        int cellStart = a;
        int i = a;
        while (i <= b) {
            char c = i < b ? body.charAt(i) : '|';
            if (c == '\\' && i + 1 < b) {
                i += 2;
                continue;
            }
            if (c == '[' && i + 1 < b && body.charAt(i + 1) == '[') {
                int close = body.indexOf("]]", i + 2);
                if (close >= 0 && close < b) {
                    i = close + 2; // a wiki-link's '|' does not end the cell
                    continue;
                }
            }
            if (c == '`') {
                int run = MdBlockStarts.run(body, i, b, '`');
                int close = closingRun(body, i + run, b, run);
                i = close < 0 ? i + run : close + run;
                continue;
            }
            if (c == '|') {
                row.append(cell(body, cellStart, i));
                cellStart = i + 1;
            }
            i++;
        }
        return row;
    }

    private static MdNode cell(String body, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && (body.charAt(a) == ' ' || body.charAt(a) == '\t')) {
            a++;
        }
        while (b > a && (body.charAt(b - 1) == ' ' || body.charAt(b - 1) == '\t')) {
            b--;
        }
        if (a == b && from < to) {
            a = from;
            b = from + 1;
        }
        MdNode cell = new MdNode(Kind.TABLE_CELL, a);
        cell.end = b;
        cell.addLine(a, b);
        return cell;
    }

    private static int closingRun(String s, int from, int to, int length) {
        int i = from;
        while (i < to) {
            if (s.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = MdBlockStarts.run(s, i, to, '`');
            if (run == length) {
                return i;
            }
            i += run;
        }
        return -1;
    }
}
