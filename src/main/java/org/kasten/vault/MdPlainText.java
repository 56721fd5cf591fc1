package org.kasten.vault;

import org.kasten.markdown.WikiLink;
import org.kasten.vault.MdNode.Kind;

/**
 * The readable text of a scanned Markdown tree (no markup), for search and previews: the text of each block
 * ends with a line break, table cells are separated by a space, code keeps its text, HTML, references,
 * entities and autolinks give nothing, a wiki-link gives its shown text or target.
 */
final class MdPlainText {

    /** Deeper trees (only made by hostile input) give their text down to this depth. */
    private static final int MAX_DEPTH = 1000;

    private MdPlainText() {
    }

    static String of(MdNode node, String body) {
        StringBuilder out = new StringBuilder();
        append(node, null, body, out, 0);
        return out.toString();
    }

    private static void append(MdNode node, MdContent content, String body, StringBuilder out, int depth) {
        if (node.content != null) {
            content = node.content;
        }
        switch (node.kind) {
            case TEXT, CODE -> {
                String text = node.kind == Kind.CODE ? node.text : content.text.substring(node.start, node.end);
                if (node.next != null && node.next.kind == Kind.WIKI && text.endsWith("!")) {
                    text = text.substring(0, text.length() - 1); // the '!' of an embed, not text
                }
                out.append(text);
                return;
            }
            case FENCED_CODE, INDENTED_CODE -> {
                for (int k = 0; k < node.lineCount; k++) {
                    int end = node.lines[k * 2 + 1];
                    out.append(body, node.lines[k * 2], end);
                    if (end < body.length()) {
                        out.append('\n'); // the last line of the body may have no line break
                    }
                }
                out.append('\n');
                return;
            }
            case HTML_BLOCK, HTML, REFERENCE, ENTITY, AUTOLINK -> {
                return;
            }
            case WIKI -> {
                WikiLink parts = WikiLink.parse(node.text);
                out.append(parts.display() != null ? parts.display() : parts.target());
                return;
            }
            case SOFT_BREAK, HARD_BREAK -> {
                out.append('\n');
                return;
            }
            case TABLE_CELL -> {
                if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
            }
            default -> {
            }
        }
        if (depth < MAX_DEPTH) {
            for (MdNode child = node.first; child != null; child = child.next) {
                append(child, content, body, out, depth + 1);
            }
        }
        if ((node.isBlock() || node.kind == Kind.TABLE_ROW) && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
