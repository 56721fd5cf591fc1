package org.kasten.render;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;

/**
 * An inline parser of Kasten's that turns one run of a paragraph's text into one node and keeps no state between
 * blocks or documents (math, tags, bare URLs): flexmark's two end-of-block and end-of-document calls do nothing,
 * and {@link #emit} is the one way a match becomes a node.
 */
abstract class NodeInlineParser implements InlineParserExtension {

    @Override
    public final void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public final void finalizeBlock(InlineParser inlineParser) {
    }

    /**
     * Ends the text before the match, adds {@code node} (which covers the input up to {@code end}) to the block
     * and goes on parsing after it; true, for {@link #parse} to return.
     */
    static boolean emit(LightInlineParser parser, Node node, int end) {
        parser.flushTextNode();
        parser.getBlock().appendChild(node);
        parser.setIndex(end);
        return true;
    }
}
