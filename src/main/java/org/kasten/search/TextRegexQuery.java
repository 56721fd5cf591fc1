package org.kasten.search;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A Java regular expression found anywhere in a note's stored title and text, so it may span words and
 * punctuation ({@code /age of \w+/}). The notes matching {@code candidates} (words the pattern must contain)
 * are read and verified one by one, lazily, after every cheaper clause agreed; each verdict is kept for later
 * searches ({@link RegexVerdicts}). The text comes from the loaded notes when {@link #readLoaded} gave them
 * ({@link NoteTexts}). Bounded: at most {@link #MAX_VERIFIED} candidates are verified per search (a kept
 * verdict counts as one, so what a search finds does not depend on earlier searches), and a pattern that
 * backtracks too long on one note counts as not matching it.
 */
final class TextRegexQuery extends Query {

    /** Most candidates verified (read, or their kept verdict looked up) for one search; the rest count as not matching. */
    static final int MAX_VERIFIED = 5_000;
    /** Most characters the matcher may look at in one note (stops catastrophic backtracking). */
    static final int MAX_STEPS = 2_000_000;

    private final Pattern pattern;
    private final Query candidates;
    /** The loaded notes, when {@link #readLoaded} was told them; not part of the query's identity. */
    private volatile LoadedNotes notes;

    /** {@code pattern} must be found in the text of notes matching {@code candidates}. */
    TextRegexQuery(Pattern pattern, Query candidates) {
        this.pattern = pattern;
        this.candidates = candidates;
    }

    /** True when {@code pattern} occurs in {@code text}, looking at no more than {@link #MAX_STEPS} characters. */
    static boolean find(Pattern pattern, String text) {
        return new RegexFinder(pattern, pattern.pattern()).find(text);
    }

    /**
     * Makes the regex clauses of {@code query} read the text of loaded notes ({@code notes}, or null) when they
     * are the version indexed, instead of decompressing the stored text.
     */
    static void readLoaded(Query query, LoadedNotes notes) {
        if (query == null || notes == null) {
            return;
        }
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof TextRegexQuery regex) {
                    regex.notes = notes;
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = searcher.createWeight(searcher.rewrite(candidates), ScoreMode.COMPLETE_NO_SCORES, 1f);
        AtomicInteger budget = new AtomicInteger(MAX_VERIFIED);
        LoadedNotes loaded = notes;
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer approximation = inner.scorer(context);
                if (approximation == null) {
                    return null;
                }
                NoteTexts texts = new NoteTexts(context.reader(), loaded);
                RegexFinder finder = new RegexFinder(pattern, pattern.pattern());
                byte[] verdicts = RegexVerdicts.of(context.reader(), pattern.pattern(), pattern.flags());
                DocIdSetIterator docs = approximation.iterator();
                TwoPhaseIterator verified = new TwoPhaseIterator(docs) {
                    @Override
                    public boolean matches() throws IOException {
                        // the budget counts kept verdicts too, so a search finds the same notes whatever was kept
                        if (budget.getAndDecrement() <= 0) {
                            return false;
                        }
                        int doc = docs.docID();
                        byte known = verdicts[doc];
                        if (known != RegexVerdicts.UNKNOWN) {
                            return known == RegexVerdicts.MATCH;
                        }
                        boolean found = finder.find(texts.text(doc));
                        verdicts[doc] = found ? RegexVerdicts.MATCH : RegexVerdicts.NO_MATCH;
                        return found;
                    }

                    @Override
                    public float matchCost() {
                        return 10_000f;
                    }
                };
                return new ConstantScoreScorer(this, score(), scoreMode, verified);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "/" + pattern.pattern() + "/ in " + candidates.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && pattern.pattern().equals(((TextRegexQuery) other).pattern.pattern())
                && pattern.flags() == ((TextRegexQuery) other).pattern.flags()
                && candidates.equals(((TextRegexQuery) other).candidates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), pattern.pattern(), pattern.flags(), candidates);
    }
}
