package org.kasten.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Match offsets from the postings, as Lucene's {@link PostingsOffsetStrategy} finds them with weight matches,
 * but with one {@link Weight} per query: Lucene rewrites the query and builds a new weight for every hit (term
 * look-ups, and an automaton for each prefix), which cost more than the rest of a snippet. A query of plain
 * words and prefixes (the usual case) skips the weight too: the postings of each word, and of each term that
 * starts with a prefix, are opened once per segment and moved forward from hit to hit (the highlighter visits
 * hits in document order), instead of term look-ups and new postings for every word of every hit.
 */
final class SharedWeightOffsets extends PostingsOffsetStrategy {

    private final IndexSearcher searcher;
    private Weight weight;
    /** The words and prefixes of a query made only of them (on the highlighted field), else null. */
    private final Word[] words;
    /** The open postings of each word and of each term of a prefix, for the segment of {@link #leaf}. */
    private PostingsEnum[] postings;
    /** What each of {@link #postings} is called in a snippet's matches. */
    private BytesRef[] labels;
    private LeafReaderContext leaf;
    private int lastDoc;

    SharedWeightOffsets(UHComponents components, IndexSearcher searcher) {
        super(components);
        this.searcher = new IndexSearcher(searcher.getIndexReader());
        // matches are asked for a few documents once: caching the query for whole segments would be waste
        this.searcher.setQueryCache(null);
        this.words = plainWords(components);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader reader, int doc, List<OffsetsEnum> results) throws IOException {
        LeafReaderContext context = contextOf(reader);
        if (context == null) {
            super.createOffsetsEnumsWeightMatcher(reader, doc, results);
            return;
        }
        if (words != null) {
            wordOffsets(context, doc, results);
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

    /** The offsets of each word in {@code doc}, from postings kept open while the hits go forward. */
    private void wordOffsets(LeafReaderContext context, int doc, List<OffsetsEnum> results) throws IOException {
        if (context != leaf || doc <= lastDoc) {
            // a new segment, or a hit visited twice or out of order: postings only go forward
            open(context);
        }
        lastDoc = doc;
        for (int i = 0; i < postings.length; i++) {
            PostingsEnum p = postings[i];
            // a postings list may already stand on doc: passed over to it while looking for an earlier hit
            int at = p.docID() < doc ? p.advance(doc) : p.docID();
            if (at == doc) {
                results.add(new OffsetsEnum.OfPostings(labels[i], p));
            }
        }
    }

    /** Opens the postings of each word, and of each term that starts with a prefix, in one segment. */
    private void open(LeafReaderContext context) throws IOException {
        leaf = context;
        List<PostingsEnum> opened = new ArrayList<>();
        List<BytesRef> labelled = new ArrayList<>();
        Terms terms = context.reader().terms(components.getField());
        TermsEnum termsEnum = terms == null ? null : terms.iterator();
        for (int i = 0; termsEnum != null && i < words.length; i++) {
            Word word = words[i];
            if (!word.prefix()) {
                if (termsEnum.seekExact(word.bytes())) {
                    opened.add(termsEnum.postings(null, PostingsEnum.OFFSETS));
                    labelled.add(word.label());
                }
                continue;
            }
            if (termsEnum.seekCeil(word.bytes()) == TermsEnum.SeekStatus.END) {
                continue;
            }
            for (BytesRef term = termsEnum.term(); term != null && StringHelper.startsWith(term, word.bytes());
                 term = termsEnum.next()) {
                opened.add(termsEnum.postings(null, PostingsEnum.OFFSETS));
                labelled.add(word.label());
            }
        }
        postings = opened.toArray(PostingsEnum[]::new);
        labels = labelled.toArray(BytesRef[]::new);
    }

    /**
     * A word or prefix of the query. {@code label} is what Lucene's matches name it (the word; a prefix query's
     * text), which the snippet scorer counts distinct words by.
     */
    private record Word(BytesRef bytes, boolean prefix, BytesRef label) { }

    /**
     * The words and prefixes of a query that is a term or prefix query or a disjunction of them, all on the
     * highlighted field; null for any other query (phrases, regular expressions, a repeated word: weight matches).
     */
    private static Word[] plainWords(UHComponents components) {
        Query query = components.getQuery();
        List<Query> clauses;
        if (query instanceof BooleanQuery b) {
            if (b.getMinimumNumberShouldMatch() != 0
                    || !b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
                return null;
            }
            clauses = b.clauses().stream().map(BooleanClause::getQuery).toList();
        } else {
            clauses = List.of(query);
        }
        List<Word> words = new ArrayList<>();
        Set<Query> seen = new HashSet<>();
        for (Query clause : clauses) {
            Term term = clause instanceof TermQuery t ? t.getTerm() : clause instanceof PrefixQuery p ? p.getPrefix() : null;
            if (term == null || !seen.add(clause) || !components.getFieldMatcher().test(term.field())) {
                return null;
            }
            boolean prefix = clause instanceof PrefixQuery;
            words.add(new Word(BytesRef.deepCopyOf(term.bytes()), prefix,
                    prefix ? new BytesRef(clause.toString()) : BytesRef.deepCopyOf(term.bytes())));
        }
        return words.isEmpty() ? null : words.toArray(Word[]::new);
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
