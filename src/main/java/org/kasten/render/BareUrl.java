package org.kasten.render;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A bare URL in text ({@code https://…}, {@code www.…}); rendered as an external link. */
final class BareUrl extends Node {

    BareUrl(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
