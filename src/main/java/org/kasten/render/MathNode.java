package org.kasten.render;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** TeX math: {@code $inline$} or {@code $$display$$}; rendered as a span KaTeX typesets on the page. */
final class MathNode extends Node {

    private final String tex;
    private final boolean display;

    MathNode(BasedSequence chars, String tex, boolean display) {
        super(chars);
        this.tex = tex;
        this.display = display;
    }

    String tex() {
        return tex;
    }

    boolean display() {
        return display;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
