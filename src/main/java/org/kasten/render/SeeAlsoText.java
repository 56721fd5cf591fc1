package org.kasten.render;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The leading text of a bare "See also" list item in a Markdown note; rendered by {@link SeeAlsoEntries}. */
final class SeeAlsoText extends Node {

    private final int fileLine;

    SeeAlsoText(BasedSequence chars, int fileLine) {
        super(chars);
        this.fileLine = fileLine;
    }

    int fileLine() {
        return fileLine;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
