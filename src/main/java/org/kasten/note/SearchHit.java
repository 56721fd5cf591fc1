package org.kasten.note;

/** One search result: the note, its title, the relevance score and an HTML snippet with {@code <mark>}s. */
public record SearchHit(NotePath path, String title, float score, String snippet) {
}
