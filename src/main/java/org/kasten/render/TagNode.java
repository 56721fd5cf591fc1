package org.kasten.render;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An inline {@code #tag} (nested {@code #a/b} too); rendered as a chip that starts a tag search. */
final class TagNode extends Node {

    private final String tag;

    TagNode(BasedSequence chars, String tag) {
        super(chars);
        this.tag = tag;
    }

    /** The tag without {@code #}. */
    String tag() {
        return tag;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
