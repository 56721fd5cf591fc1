package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The bonus of a query of plain words for notes where its words stand together: the whole query in the title
 * above all, then in headings, aliases or the text, and for longer queries each adjacent pair of words.
 * Positional, hence costly: added to the top hits' scores only (rescoring).
 */
final class PhraseBonus {

    /** Weight of two adjacent query words standing close together in the text (twice that in the title). */
    static final float PAIR = 1.5f;

    private final QueryBuilder stemmed;
    /** The words' look-ups in the reader, or null without one. */
    private final TermLookup lookup;

    PhraseBonus(QueryBuilder stemmed, TermLookup lookup) {
        this.stemmed = stemmed;
        this.lookup = lookup;
    }

    /**
     * The bonus query for {@code words} (each word's stemmed terms in {@code terms}), or null (a single word, or
     * no phrase that can match).
     */
    Query of(List<String> words, List<List<String>> terms) {
        if (words.size() < 2) {
            return null;
        }
        String sentence = String.join(" ", words);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        add(b, stemmed.createPhraseQuery(NoteFields.TITLE, sentence, 1), QueryTranslator.TITLE);
        add(b, stemmed.createPhraseQuery(NoteFields.BODY, sentence, 2), 2f);
        add(b, stemmed.createPhraseQuery(NoteFields.HEADINGS, sentence, 1), QueryTranslator.HEADINGS);
        add(b, stemmed.createPhraseQuery(NoteFields.ALIASES, sentence, 1), QueryTranslator.ALIASES);
        List<String> content = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!terms.get(i).isEmpty()) {
                content.add(words.get(i));
            }
        }
        if (content.size() >= 3) {
            // adjacent word pairs ("dark mode", "voice memo") count when they stand close together
            for (int i = 0; i + 1 < content.size(); i++) {
                String pair = content.get(i) + " " + content.get(i + 1);
                add(b, stemmed.createPhraseQuery(NoteFields.BODY, pair, 2), PAIR);
                add(b, stemmed.createPhraseQuery(NoteFields.TITLE, pair, 1), PAIR * 2);
            }
        }
        BooleanQuery bonus = b.build();
        return bonus.clauses().isEmpty() ? null : bonus;
    }

    /**
     * Adds a bonus clause, unless one of its words is in no note's field: such a phrase matches nothing, and
     * would only cost its term look-ups and postings when the top hits are rescored.
     */
    private void add(BooleanQuery.Builder b, Query q, float boost) {
        if (q != null && canMatch(q)) {
            b.add(new BoostQuery(q, boost), Occur.SHOULD);
        }
    }

    /** False for a phrase or term query with a word that no note has in that field. */
    private boolean canMatch(Query q) {
        Term[] terms = q instanceof PhraseQuery p ? p.getTerms() : q instanceof TermQuery t ? new Term[]{t.getTerm()} : null;
        if (terms == null || lookup == null) {
            return true;
        }
        try {
            for (Term term : terms) {
                if (lookup.docFreq(term) == 0) {
                    return false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }
}
