package org.kasten.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;

/**
 * Match offsets from the postings, as Lucene's {@link PostingsOffsetStrategy} finds them with weight matches,
 * but with one {@link Weight} per query: Lucene rewrites the query and builds a new weight for every hit (term
 * look-ups, and an automaton for each prefix), which cost more than the rest of a snippet.
 */
final class SharedWeightOffsets extends PostingsOffsetStrategy {

    private final IndexSearcher searcher;
    private Weight weight;

    SharedWeightOffsets(UHComponents components, IndexSearcher searcher) {
        super(components);
        this.searcher = new IndexSearcher(searcher.getIndexReader());
        // matches are asked for a few documents once: caching the query for whole segments would be waste
        this.searcher.setQueryCache(null);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader reader, int doc, List<OffsetsEnum> results) throws IOException {
        LeafReaderContext context = contextOf(reader);
        if (context == null) {
            super.createOffsetsEnumsWeightMatcher(reader, doc, results);
            return;
        }
        if (weight == null) {
            weight = searcher.createWeight(searcher.rewrite(components.getQuery()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        Matches matches = weight.matches(context, doc);
        if (matches == null) {
            return;
        }
        for (String field : matches) {
            if (components.getFieldMatcher().test(field)) {
                MatchesIterator iterator = matches.getMatches(field);
                if (iterator != null) {
                    results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
                }
            }
        }
    }

    /** The searcher's context of a segment reader (the highlighter passes the top reader's leaves), or null. */
    private LeafReaderContext contextOf(LeafReader reader) {
        for (LeafReaderContext context : searcher.getIndexReader().leaves()) {
            if (context.reader() == reader) {
                return context;
            }
        }
        return null;
    }
}
