package org.kasten.note;

/** How a link was written in the note. */
public enum LinkKind {
    /** {@code [[Target]]}, {@code [[Target|text]]}, {@code [[Target#Heading]]}. */
    WIKI,
    /** {@code ![[Target]]}: the target is transcluded (a note, a section, a block, an image). */
    EMBED,
    /** {@code [text](Target.md)} or a link reference definition pointing at a local file. */
    MARKDOWN,
    /** {@code ![alt](image.png)}: a Markdown image pointing at a local file. */
    MARKDOWN_EMBED,
    /** A bare entry of a "See also" list that names a concept without brackets. */
    SEE_ALSO,
    /** A {@code [[link]]} written inside a frontmatter value. */
    FRONTMATTER;

    /** True for the kinds that transclude their target. */
    public boolean isEmbed() {
        return this == EMBED || this == MARKDOWN_EMBED;
    }
}
