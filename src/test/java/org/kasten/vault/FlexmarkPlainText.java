package org.kasten.vault;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;


/** The readable text of a Markdown AST (no markup), for search and previews. */
final class FlexmarkPlainText {

    private FlexmarkPlainText() {
    }

    /** The text of {@code node} and its descendants; blocks end with a line break. */
    static String of(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        return out.toString();
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof Text || node instanceof Code) {
            CharSequence text = node instanceof Code code ? code.getText() : node.getChars();
            if (node.getNext() instanceof WikiLink && text.length() > 0 && text.charAt(text.length() - 1) == '!') {
                text = text.subSequence(0, text.length() - 1); // the '!' of an embed, not text
            }
            out.append(text);
            return;
        }
        if (node instanceof TableSeparator) {
            return;
        }
        if (node instanceof TableCell && out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.append(' ');
        }
        if (node instanceof FencedCodeBlock fenced) {
            out.append(fenced.getContentChars()).append('\n');
            return;
        }
        if (node instanceof IndentedCodeBlock indented) {
            out.append(indented.getContentChars()).append('\n');
            return;
        }
        if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlCommentBlock
                || node instanceof Reference) {
            return;
        }
        if (node instanceof WikiLink wiki) {
            org.kasten.markdown.WikiLink parts = org.kasten.markdown.WikiLink.parse(wiki.getChars().subSequence(2, wiki.getChars().length() - 2).toString());
            out.append(parts.display() != null ? parts.display() : parts.target());
            return;
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append('\n');
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, out);
        }
        if ((node instanceof Block || node instanceof TableRow) && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
