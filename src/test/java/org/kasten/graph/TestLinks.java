package org.kasten.graph;

import org.kasten.note.Link;
import org.kasten.note.LinkKind;

/**
 * A link as written, for tests: {@code wiki("Note#Heading")}, {@code markdown("../X.md")}, {@code seeAlso("A, B")}.
 * The part after the first {@code #} becomes the anchor, as the parser does.
 */
final class TestLinks {

    private final String written;
    private final LinkKind kind;
    private final boolean seeAlso;
    private int column = 1;
    private String context;

    private TestLinks(String written, LinkKind kind, boolean seeAlso) {
        this.written = written;
        this.kind = kind;
        this.seeAlso = seeAlso;
    }

    static TestLinks wiki(String written) {
        return new TestLinks(written, LinkKind.WIKI, false);
    }

    static TestLinks embed(String written) {
        return new TestLinks(written, LinkKind.EMBED, false);
    }

    static TestLinks markdown(String written) {
        return new TestLinks(written, LinkKind.MARKDOWN, false);
    }

    static TestLinks markdownEmbed(String written) {
        return new TestLinks(written, LinkKind.MARKDOWN_EMBED, false);
    }

    /** A bare entry of a plain "See also" list: the name text before the dash. */
    static TestLinks seeAlso(String names) {
        return new TestLinks(names, LinkKind.SEE_ALSO, true);
    }

    /** A {@code [[link]]} inside a Markdown "See also" section. */
    static TestLinks seeAlsoWiki(String written) {
        return new TestLinks(written, LinkKind.WIKI, true);
    }

    /** A link of the given kind. */
    static TestLinks of(String kind, String written) {
        return new TestLinks(written, LinkKind.valueOf(kind), false);
    }

    TestLinks column(int value) {
        column = value;
        return this;
    }

    TestLinks context(String value) {
        context = value;
        return this;
    }

    /** The Link record on this line. */
    Link at(int line) {
        int hash = kind == LinkKind.SEE_ALSO ? -1 : written.indexOf('#');
        String target = hash < 0 ? written : written.substring(0, hash);
        String anchor = hash < 0 ? null : written.substring(hash + 1);
        String shownContext = context != null ? context : "- " + written;
        return new Link(target, anchor, null, kind, line, column, shownContext, seeAlso);
    }
}
