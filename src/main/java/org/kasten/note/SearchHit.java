package org.kasten.note;

/**
 * One search result: the note, its title, the relevance score and an HTML snippet with {@code <mark>}s. The
 * snippet is null when not made yet: the window asks snippets for the first screenful of a long list only and
 * makes the others as their rows come into view.
 */
public record SearchHit(NotePath path, String title, float score, String snippet) {

    /** This hit with {@code made} as its snippet. */
    public SearchHit withSnippet(String made) {
        return new SearchHit(path, title, score, made);
    }
}
