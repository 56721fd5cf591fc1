package org.kasten.note;

/** A block id ({@code ^id} at the end of a paragraph or list item) and the 1-based line it marks. */
public record BlockId(String id, int line) {
}
