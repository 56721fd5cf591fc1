package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The Lucene query of one plain word or one exact phrase of a Kasten query, for {@link QueryTranslator}. A word
 * is scored in its best field with the field weights of {@link QueryTranslator} (with its rarity in the whole
 * vault when a reader is given, {@link WordQuery}); the last word typed is also read as a prefix. A phrase
 * matches unstemmed words in order, in the title (worth more) or anywhere. Each adds what the snippets
 * highlight.
 */
final class PlainQueries {

    private final Analyzer stemmedAnalyzer;
    private final QueryBuilder stemmed;
    private final QueryBuilder exact;
    /** The words' look-ups in the reader (null without a reader). */
    private final TermLookup lookup;
    /** Whether the query being translated has one or two words (typed, not a natural-language question). */
    private boolean shortQuery;

    PlainQueries(Analyzer stemmedAnalyzer, QueryBuilder stemmed, QueryBuilder exact, TermLookup lookup) {
        this.stemmedAnalyzer = stemmedAnalyzer;
        this.stemmed = stemmed;
        this.exact = exact;
        this.lookup = lookup;
    }

    /** Says whether the query now translated is short (one or two words). */
    void shortQuery(boolean isShort) {
        this.shortQuery = isShort;
    }

    /** One word in any field, best field counting most; the last word typed also as a prefix. */
    Query word(QueryNode.Word w, List<String> words, List<Query> highlights) {
        words.add(w.text());
        List<Query> alternatives = new ArrayList<>();
        Query blended = null;
        if (lookup != null) {
            try {
                blended = WordQuery.blended(lookup, stemmedAnalyzer, w.text(), QueryTranslator.TIE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (blended != null) {
            alternatives.add(blended);
        } else {
            addField(alternatives, NoteFields.TITLE, w.text(), QueryTranslator.TITLE);
            addField(alternatives, NoteFields.ALIASES, w.text(), QueryTranslator.ALIASES);
            addField(alternatives, NoteFields.HEADINGS, w.text(), QueryTranslator.HEADINGS);
            addField(alternatives, NoteFields.TAG_WORDS, w.text(), QueryTranslator.TAGS);
            addField(alternatives, NoteFields.PROPERTY_WORDS, w.text(), QueryTranslator.PROPERTIES);
            addField(alternatives, NoteFields.ANCHORS, w.text(), QueryTranslator.ANCHORS);
        }
        Query body = stemmed.createPhraseQuery(NoteFields.BODY, w.text());
        if (body != null) {
            if (blended == null) {
                alternatives.add(body);
            }
            highlights.add(body);
        }
        String folded = NoteAnalyzers.fold(w.text());
        if (w.last() && folded.length() >= 3 && folded.codePoints().allMatch(Character::isLetterOrDigit)
                && !NoteAnalyzers.STOP_WORDS.contains(folded) && (shortQuery || !completeWord(folded))) {
            alternatives.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(NoteFields.TITLE_EXACT, folded))), 2f));
            if (shortQuery) {
                // in the text too while typing a short query (costly for long natural-language ones)
                alternatives.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(NoteFields.EXACT, folded))), 0.5f));
                highlights.add(new PrefixQuery(new Term(NoteFields.BODY, folded)));
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, QueryTranslator.TIE);
    }

    /**
     * Whether {@code folded} is a word of the vault as typed: the last word of a long (natural-language) query
     * that is a whole word was finished, not cut short while typing, so it is not also read as a prefix.
     */
    private boolean completeWord(String folded) {
        try {
            return lookup != null && lookup.docFreq(new Term(NoteFields.EXACT, folded)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addField(List<Query> into, String field, String text, float boost) {
        Query q = stemmed.createPhraseQuery(field, text);
        if (q != null) {
            into.add(new BoostQuery(q, boost));
        }
    }

    /** An exact phrase: unstemmed words in order, in the title (worth more) or anywhere in the note. */
    Query phrase(String text, List<Query> highlights) {
        Query anywhere = exact.createPhraseQuery(NoteFields.EXACT, text);
        if (anywhere == null) {
            return null;
        }
        Query inBody = stemmed.createPhraseQuery(NoteFields.BODY, text);
        if (inBody != null) {
            highlights.add(inBody);
        }
        Query inTitle = exact.createPhraseQuery(NoteFields.TITLE_EXACT, text);
        List<Query> alternatives = new ArrayList<>(List.of(anywhere));
        if (inTitle != null) {
            alternatives.add(new BoostQuery(inTitle, QueryTranslator.TITLE));
        }
        return new DisjunctionMaxQuery(alternatives, QueryTranslator.TIE);
    }
}
