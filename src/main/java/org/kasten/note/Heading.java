package org.kasten.note;

/** A heading of a note: level 1-6, its plain text, the anchor links use, and its 1-based line in the file. */
public record Heading(int level, String text, String anchor, int line) {
}
