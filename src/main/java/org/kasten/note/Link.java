package org.kasten.note;

/**
 * One link as written in a note, before resolution.
 *
 * @param target   the page part, as written and URL-decoded: {@code "Age of Research"}, {@code "img/a.png"};
 *                 empty for a same-note link such as {@code [[#Heading]]}
 * @param anchor   the part after the first {@code #} ({@code "Heading"}, {@code "H1#H2"}, {@code "^block"}), or null
 * @param display  the shown text ({@code [[X|shown]]}, {@code [shown](x.md)}), or null
 * @param kind     how it was written
 * @param line     1-based line in the file
 * @param column   1-based column in the file
 * @param context  the line (or list item) around the link, trimmed, for backlink previews
 * @param seeAlso  true when the link is an entry of a "See also" section
 */
public record Link(String target, String anchor, String display, LinkKind kind,
                   int line, int column, String context, boolean seeAlso) {

    /** True when the link points into the same note ({@code [[#Heading]]}). */
    public boolean isSelf() {
        return target.isEmpty();
    }

    /** True when the anchor names a block ({@code ^id}). */
    public boolean isBlockAnchor() {
        return anchor != null && anchor.startsWith("^");
    }
}
