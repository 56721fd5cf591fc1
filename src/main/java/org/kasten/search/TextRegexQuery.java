package org.kasten.search;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
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
 * are read and verified one by one, lazily, after every cheaper clause agreed. Bounded: at most
 * {@link #MAX_VERIFIED} notes are read per search, and a pattern that backtracks too long on one note
 * counts as not matching it.
 */
final class TextRegexQuery extends Query {

    /** Most notes whose text is read for one search (beyond, the rest count as not matching). */
    static final int MAX_VERIFIED = 5_000;
    /** Most characters the matcher may look at in one note (stops catastrophic backtracking). */
    static final int MAX_STEPS = 2_000_000;
    private static final Set<String> FIELDS = Set.of(NoteFields.TITLE, NoteFields.BODY);

    private final Pattern pattern;
    private final Query candidates;

    /** {@code pattern} must be found in the text of notes matching {@code candidates}. */
    TextRegexQuery(Pattern pattern, Query candidates) {
        this.pattern = pattern;
        this.candidates = candidates;
    }

    /** True when {@code pattern} occurs in {@code text}, looking at no more than {@link #MAX_STEPS} characters. */
    static boolean find(Pattern pattern, String text) {
        try {
            return pattern.matcher(new BoundedText(text, new int[]{MAX_STEPS})).find();
        } catch (BoundedText.TooLong e) {
            return false;
        }
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = searcher.createWeight(searcher.rewrite(candidates), ScoreMode.COMPLETE_NO_SCORES, 1f);
        AtomicInteger budget = new AtomicInteger(MAX_VERIFIED);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer approximation = inner.scorer(context);
                if (approximation == null) {
                    return null;
                }
                StoredFields stored = context.reader().storedFields();
                DocIdSetIterator docs = approximation.iterator();
                TwoPhaseIterator verified = new TwoPhaseIterator(docs) {
                    @Override
                    public boolean matches() throws IOException {
                        if (budget.getAndDecrement() <= 0) {
                            return false;
                        }
                        Document doc = stored.document(docs.docID(), FIELDS);
                        String title = Objects.requireNonNullElse(doc.get(NoteFields.TITLE), "");
                        String body = Objects.requireNonNullElse(doc.get(NoteFields.BODY), "");
                        return find(pattern, title + "\n" + body);
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

    /** A text that stops the matcher (by an exception) once it has looked at too many characters. */
    private record BoundedText(String text, int[] steps) implements CharSequence {

        /** Thrown when the matcher has used up its steps. */
        static final class TooLong extends RuntimeException {
            TooLong() {
                super("regex took too long", null, false, false);
            }
        }

        @Override
        public char charAt(int index) {
            if (--steps[0] < 0) {
                throw new TooLong();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BoundedText(text.substring(start, end), steps);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
