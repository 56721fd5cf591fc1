package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * One query word scored in its best field, with the fields' document frequencies blended: a word is as rare
 * in the title as it is in the whole note. Without blending, a word found in nearly every note ("notes",
 * "learn") is rare among the short titles, so a title holding it outscored notes holding the rarer words
 * of the query; with it, the title boost rewards a word for standing in the title, not for titles being short.
 */
final class WordQuery {

    /** The fields a plain word is looked for in, and their weights (parallel arrays). */
    private static final String[] FIELDS = {NoteFields.TITLE, NoteFields.ALIASES, NoteFields.HEADINGS,
            NoteFields.TAG_WORDS, NoteFields.PROPERTY_WORDS, NoteFields.ANCHORS, NoteFields.BODY};
    private static final float[] WEIGHTS = {QueryTranslator.TITLE, QueryTranslator.ALIASES, QueryTranslator.HEADINGS,
            QueryTranslator.TAGS, QueryTranslator.PROPERTIES, QueryTranslator.ANCHORS, QueryTranslator.BODY};

    private WordQuery() {
    }

    /**
     * The query of {@code word} over every text field (best field plus {@code tie} × the others), each field's
     * weight scaled so that it scores with the word's rarity among all notes (BM25 idf from its highest document
     * frequency in any field) instead of its rarity in that field. Null when the word does not analyse to exactly
     * one term (a stop word, or several tokens: the caller then scores it per field) or when no note has it.
     */
    static Query blended(IndexReader reader, Analyzer stemmed, String word, float tie) throws IOException {
        return blended(new TermLookup(reader), stemmed, word, tie);
    }

    /** As above, looking the word up with (and remembering it in) {@code lookup}. */
    static Query blended(TermLookup lookup, Analyzer stemmed, String word, float tie) throws IOException {
        IndexReader reader = lookup.reader();
        List<String> terms = terms(stemmed, word);
        if (terms.size() != 1) {
            return null;
        }
        int[] df = new int[FIELDS.length];
        TermStates[] states = new TermStates[FIELDS.length];
        int maxDf = 0;
        for (int i = 0; i < FIELDS.length; i++) {
            states[i] = lookup.states(new Term(FIELDS[i], terms.get(0)));
            df[i] = states[i].docFreq();
            maxDf = Math.max(maxDf, df[i]);
        }
        if (maxDf == 0) {
            return null;
        }
        double common = idf(maxDf, Math.max(maxDf, reader.numDocs()));
        List<Query> fields = new ArrayList<>();
        for (int i = 0; i < FIELDS.length; i++) {
            if (df[i] > 0) {
                double own = idf(df[i], Math.max(df[i], reader.getDocCount(FIELDS[i])));
                // the term's per-segment states go with the query: the search then does not look the term up again
                Query q = new TermQuery(new Term(FIELDS[i], terms.get(0)), states[i]);
                fields.add(new BoostQuery(q, (float) (WEIGHTS[i] * common / own)));
            }
        }
        return fields.size() == 1 ? fields.get(0) : new DisjunctionMaxQuery(fields, tie);
    }

    /** BM25's inverse document frequency (as Lucene's BM25Similarity computes it). */
    static double idf(long docFreq, long docCount) {
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    /** The stemmed terms of a piece of text. */
    static List<String> terms(Analyzer stemmed, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = stemmed.tokenStream(NoteFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
