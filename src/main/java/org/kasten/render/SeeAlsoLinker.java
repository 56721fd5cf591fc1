package org.kasten.render;

import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Makes the bare entries of a Markdown "See also" list link the concepts they name: the list items on whose
 * lines the graph has "See also" entries ({@link SeeAlsoEntries#byLine}); the page reads no section itself.
 */
final class SeeAlsoLinker {

    private SeeAlsoLinker() {
    }

    /** Marks the leading text of each bare see-also item of {@code document} as a {@link SeeAlsoText}. */
    static void link(Document document, RenderContext context) {
        Map<Integer, List<String>> entries = SeeAlsoEntries.byLine(context);
        if (!entries.isEmpty()) {
            link(document, document, context, entries);
        }
    }

    private static void link(Node parent, Document document, RenderContext context, Map<Integer, List<String>> entries) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof ListItem && node.getFirstChild() instanceof Paragraph paragraph
                    && paragraph.getFirstChild() instanceof Text text) {
                List<String> names = entries.get(context.bodyLine + document.getLineNumber(node.getStartOffset()));
                if (names != null) {
                    text.insertBefore(new SeeAlsoText(text.getChars(), names));
                    text.unlink();
                }
            }
            if (node.hasChildren()) {
                link(node, document, context, entries);
            }
        }
    }
}
