package org.kasten.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Finds Obsidian block ids ({@code text ^id} at the end of a paragraph or list item, or {@code ^id} alone on
 * the line after a block), hides the marker and remembers which node carries the id.
 */
final class BlockIds {

    private static final Pattern TRAILING = Pattern.compile("(?:^|\\s)\\^([A-Za-z0-9-]+)\\s*$");
    private static final Pattern ALONE = Pattern.compile("^\\s*\\^([A-Za-z0-9-]+)\\s*$");

    private BlockIds() {
    }

    /** Marks every block id of {@code document} in {@code context.blockIds}. */
    static void collect(Document document, RenderContext context) {
        java.util.List<Paragraph> paragraphs = new java.util.ArrayList<>();
        collectParagraphs(document, paragraphs);
        for (Paragraph paragraph : paragraphs) {
            Matcher alone = ALONE.matcher(paragraph.getChars());
            if (alone.matches() && paragraph.getPrevious() != null) {
                context.blockIds.put(paragraph.getPrevious(), "^" + alone.group(1));
                paragraph.unlink();
                continue;
            }
            if (!(paragraph.getLastChild() instanceof Text text)) {
                continue;
            }
            Matcher trailing = TRAILING.matcher(text.getChars());
            if (!trailing.find()) {
                continue;
            }
            text.setChars(text.getChars().subSequence(0, trailing.start()).trimEnd());
            Node owner = paragraph.getParent() instanceof ListItem item && item.getFirstChild() == paragraph
                    ? item : paragraph;
            context.blockIds.put(owner, "^" + trailing.group(1));
        }
    }

    private static void collectParagraphs(Node node, java.util.List<Paragraph> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph) {
                out.add(paragraph);
            } else {
                collectParagraphs(child, out);
            }
        }
    }
}
