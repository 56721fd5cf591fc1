package org.kasten.render;

import org.kasten.markdown.InlineTags;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Makes inline {@code #tags} ({@link InlineTags}, the vault's rule) {@link TagNode}s.
 */
final class TagInlineParser implements InlineParserExtension {

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        int index = parser.getIndex();
        BasedSequence input = parser.getInput();
        InlineTags.Tag tag = InlineTags.at(input, index, input.length());
        if (tag == null) {
            return false;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new TagNode(input.subSequence(index, tag.end()), tag.name()));
        parser.setIndex(tag.end());
        return true;
    }
}
