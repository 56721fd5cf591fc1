package org.kasten.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Ranks snippet passages: the more different query words a line holds, the better, then the more matches; a
 * line too short to be a sentence (a heading, a line of tags) only when no sentence has as many words.
 * Lucene's default scorer builds a hash of terms per passage, which cost more than the search itself.
 */
final class SnippetScorer extends PassageScorer {

    /** Lines shorter than this many characters are fragments: a title, a heading, a list of tags. */
    static final int SENTENCE = 40;

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            boolean seen = false;
            for (int j = 0; j < i && !seen; j++) {
                seen = terms[i] != null && terms[i].bytesEquals(terms[j]);
            }
            distinct += seen ? 0 : 1;
        }
        int length = passage.getEndOffset() - passage.getStartOffset();
        // more of the query's words first; among lines with as many, a sentence before a fragment, then more
        // matches, then a shorter line (a light length penalty breaks ties)
        float sentence = length < SENTENCE ? 0f : 10f;
        return distinct * 20f + sentence + Math.min(matches, 8) - Math.min(1f, length / 2000f);
    }
}
