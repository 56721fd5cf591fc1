package org.kasten.render;

import java.util.Locale;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/**
 * Makes the bare entries of a Markdown "See also" list (a heading or a line reading "See also", followed by a
 * list) link the concepts they name, as the graph does: items that already hold a link are left alone.
 */
final class SeeAlsoLinker {

    private SeeAlsoLinker() {
    }

    /** Marks the leading text of each bare see-also item of {@code document} as a {@link SeeAlsoText}. */
    static void link(Document document, RenderContext context) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (isLabel(node) && node.getNext() instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem && item.getFirstChild() instanceof Paragraph paragraph
                            && !hasLink(paragraph) && paragraph.getFirstChild() instanceof Text text) {
                        int fileLine = context.bodyLine + document.getLineNumber(item.getStartOffset());
                        text.insertBefore(new SeeAlsoText(text.getChars(), fileLine));
                        text.unlink();
                    }
                }
            }
        }
    }

    private static boolean isLabel(Node node) {
        if (!(node instanceof Heading) && !(node instanceof Paragraph)) {
            return false;
        }
        String text = new TextCollectingVisitor().collectAndGetText(node).strip().toLowerCase(Locale.ROOT);
        return text.equals("see also") || text.equals("see also:");
    }

    private static boolean hasLink(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof LinkNode || child instanceof WikiNode || hasLink(child)) {
                return true;
            }
        }
        return false;
    }
}
