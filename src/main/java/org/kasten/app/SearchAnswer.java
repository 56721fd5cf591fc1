package org.kasten.app;

import org.kasten.note.SearchResults;

/**
 * The answer to a search and how it was found: {@code hybrid} when words and meaning were fused (the vectors
 * were ready), {@code lexical} when by words alone.
 */
public record SearchAnswer(SearchResults results, String mode) {

    /** True when meaning took part in the ranking. */
    public boolean byMeaning() {
        return !"lexical".equals(mode);
    }
}
