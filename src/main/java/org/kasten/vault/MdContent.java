package org.kasten.vault;

import java.util.Arrays;

/**
 * The inline content of one leaf block: its lines (container markers and indentation already removed) joined
 * by '\n', and the way back from an offset in that text to an offset in the note body.
 */
final class MdContent {

    final String text;
    private final int[] contentStarts;
    private final int[] bodyStarts;

    private MdContent(String text, int[] contentStarts, int[] bodyStarts) {
        this.text = text;
        this.contentStarts = contentStarts;
        this.bodyStarts = bodyStarts;
    }

    /** The content of lines {@code [from, to)} of {@code block}; the last line loses its trailing spaces. */
    static MdContent of(String body, MdNode block, int from, int to, boolean stripEnd) {
        int count = Math.max(0, to - from);
        int[] contentStarts = new int[count];
        int[] bodyStarts = new int[count];
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < count; k++) {
            int a = block.lines[(from + k) * 2];
            int b = block.lines[(from + k) * 2 + 1];
            if (stripEnd && k == count - 1) {
                while (b > a && (body.charAt(b - 1) == ' ' || body.charAt(b - 1) == '\t')) {
                    b--;
                }
            }
            if (k > 0) {
                out.append('\n');
            }
            contentStarts[k] = out.length();
            bodyStarts[k] = a;
            out.append(body, a, b);
        }
        return new MdContent(out.toString(), contentStarts, bodyStarts);
    }

    /** The body offset of content offset {@code offset}. */
    int body(int offset) {
        if (contentStarts.length == 0) {
            return 0;
        }
        int found = Arrays.binarySearch(contentStarts, offset);
        int line = found >= 0 ? found : Math.max(0, -found - 2);
        return bodyStarts[line] + (offset - contentStarts[line]);
    }
}
