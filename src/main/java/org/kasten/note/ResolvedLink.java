package org.kasten.note;

/** A link of a source note together with where it leads. */
public record ResolvedLink(NotePath source, Link link, Resolution resolution) {
}
