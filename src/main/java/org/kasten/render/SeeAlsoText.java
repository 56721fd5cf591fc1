package org.kasten.render;

import java.util.List;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The leading text of a bare "See also" list item in a Markdown note; rendered by {@link SeeAlsoEntries}. */
final class SeeAlsoText extends Node {

    private final List<String> concepts;

    SeeAlsoText(BasedSequence chars, List<String> concepts) {
        super(chars);
        this.concepts = concepts;
    }

    /** The concepts the graph read from this entry, in order. */
    List<String> concepts() {
        return concepts;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
