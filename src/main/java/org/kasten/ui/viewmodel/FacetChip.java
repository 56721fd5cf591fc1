package org.kasten.ui.viewmodel;

/**
 * One clickable facet value in the search panel.
 *
 * @param facet    "tag", "folder" or a frontmatter property key
 * @param value    the value
 * @param count    notes matching the query with this value
 * @param selected true when the search is narrowed by it
 */
public record FacetChip(String facet, String value, long count, boolean selected) {

    /** True for a frontmatter property (narrowed with {@code [key:value]} in the query). */
    public boolean property() {
        return !facet.equals("tag") && !facet.equals("folder");
    }

    /** The chip's text: {@code #tag  3}, {@code folder  2}, {@code key: value  4}; a selected chip ends in a cross. */
    public String label() {
        String name = facet.equals("tag") ? "#" + value : facet.equals("folder") ? value : facet + ": " + value;
        return name + (selected ? "  \u2715" : "  " + count);
    }
}
