package org.kasten.render;

import org.kasten.markdown.InlineTags;

import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Makes inline {@code #tags} ({@link InlineTags}, the vault's rule) {@link TagNode}s.
 */
final class TagInlineParser extends NodeInlineParser {

    @Override
    public boolean parse(LightInlineParser parser) {
        int index = parser.getIndex();
        BasedSequence input = parser.getInput();
        InlineTags.Tag tag = InlineTags.at(input, index, input.length());
        if (tag == null) {
            return false;
        }
        return emit(parser, new TagNode(input.subSequence(index, tag.end()), tag.name()), tag.end());
    }
}
