package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a parsed {@link QueryNode} into Lucene queries: the ranked query, a relaxed variant, and the query
 * whose terms the snippets highlight; a translator serves one query (not thread-safe). Each word is scored
 * in its best field (title > aliases > headings, tags > properties > text, BM25, with the word's rarity in the
 * whole vault: {@link WordQuery}), with bonuses when all the words, or two adjacent ones, stand together. Queries of
 * one or two words need every word; longer (natural-language) ones need two thirds of them, so a note that
 * lacks a filler word still ranks. When that finds few notes, the relaxed query (any one word) adds more, ranked below.
 */
final class QueryTranslator {

    /** Field weights: a concept's name matters most, then its other names, its sections, its text. */
    static final float TITLE = 3f;
    static final float ALIASES = 2f;
    static final float HEADINGS = 1.5f;
    static final float TAGS = 1.5f;
    static final float PROPERTIES = 1.2f;
    /** Other notes' words for a note (anchor text): a hint, not the note's own words, so weighted below the text. */
    static final float ANCHORS = 0.5f;
    static final float BODY = 1f;
    /** How much fields other than the best one add (DisjunctionMax tie-breaker). */
    static final float TIE = 0.5f;

    /**
     * The result of a translation.
     *
     * @param query     the query to rank with
     * @param relaxed   for queries of several plain words: any one word suffices, to fill up; else null
     * @param bonus     phrase and word-pair bonuses, added to the scores of the top hits only (rescoring); or null
     * @param highlight the body-field query the snippets highlight
     * @param words     the plain words, for spelling suggestions
     * @param names     how well the words name a note, for re-ranking the top hits
     */
    record Translation(Query query, Query relaxed, Query bonus, Query highlight, List<String> words, NameMatch names) { }

    private final Analyzer stemmedAnalyzer;
    private final QueryBuilder stemmed;
    private final OperatorQueries operators;
    private final PlainQueries plainQueries;
    /** Each word's and phrase's query, built once per translation: the ranked and the relaxed query share them. */
    private final Map<QueryNode, Query> built = new IdentityHashMap<>();
    /** The words' look-ups in the reader (null without a reader). */
    private final TermLookup lookup;

    /** {@code knownProperty} tells whether a frontmatter key exists in the vault (else {@code key:value} is words). */
    QueryTranslator(Analyzer stemmed, Analyzer exact, Predicate<String> knownProperty) {
        this(stemmed, exact, knownProperty, null);
    }

    /**
     * As above; {@code reader} (may be null) gives the word statistics that let each word score with its rarity
     * among all notes in every field ({@link WordQuery}).
     */
    QueryTranslator(Analyzer stemmed, Analyzer exact, Predicate<String> knownProperty, IndexReader reader) {
        this.lookup = reader == null ? null : new TermLookup(reader);
        this.stemmedAnalyzer = stemmed;
        this.stemmed = new QueryBuilder(stemmed);
        this.operators = new OperatorQueries(this.stemmed, knownProperty);
        this.plainQueries = new PlainQueries(stemmed, this.stemmed, new QueryBuilder(exact), lookup);
    }

    /**
     * Translates a query string (null for a query without words); a {@link QueryRefusedException} when it is over
     * one of the {@link QueryLimits}.
     */
    Translation translate(String queryText) {
        QueryLimits.checkLength(queryText);
        QueryNode node = KastenQueryParser.parse(queryText);
        if (node == null) {
            return null;
        }
        QueryLimits.checkClauses(node);
        List<String> words = new ArrayList<>();
        List<Query> highlights = new ArrayList<>();
        built.clear();
        plainQueries.shortQuery(queryText.strip().split("\\s+").length <= 2);
        Query main = translate(node, words, highlights);
        if (main == null) {
            main = new MatchNoDocsQuery("only stop words");
        }
        Query relaxed = null;
        Query bonus = null;
        // each word's stemmed terms, once for the phrase bonus and the name match (empty for a stop word)
        List<List<String>> terms = words.stream().map(w -> WordQuery.terms(stemmedAnalyzer, w)).toList();
        List<QueryNode> plain = plainClauses(node);
        if (plain != null) {
            bonus = new PhraseBonus(stemmed, lookup).of(words, terms);
            if (plain.size() > 1) {
                Query most = mostWords(plain, words, required(plain.size()));
                if (most != null) {
                    main = most;
                }
                relaxed = mostWords(plain, words, RELAXED_MIN);
            }
        }
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        highlights.forEach(q -> highlight.add(q, Occur.SHOULD));
        NameMatch names;
        try {
            names = NameMatch.of(lookup, terms.stream().flatMap(List::stream).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Translation(main, relaxed, bonus, highlight.build(), List.copyOf(words), names);
    }

    /** The clauses of a query made only of words and phrases, else null. */
    private static List<QueryNode> plainClauses(QueryNode node) {
        List<QueryNode> clauses = node instanceof QueryNode.And and ? and.clauses() : List.of(node);
        for (QueryNode clause : clauses) {
            if (!(clause instanceof QueryNode.Word) && !(clause instanceof QueryNode.Phrase)) {
                return null;
            }
        }
        return clauses;
    }

    private Query translate(QueryNode node, List<String> words, List<Query> highlights) {
        if (node == null) {
            return null;
        }
        if (node instanceof QueryNode.Word w) {
            return remember(node, plainQueries.word(w, words, highlights));
        }
        if (node instanceof QueryNode.Phrase p) {
            return remember(node, plainQueries.phrase(p.text(), highlights));
        }
        if (node instanceof QueryNode.Field f) {
            if (operators.readsAsWords(f)) {
                return translate(KastenQueryParser.plainWords(f.key() + " " + f.value()), words, highlights);
            }
            return operators.field(f);
        }
        if (node instanceof QueryNode.Regex r) {
            Query regex = operators.regex(r.pattern(), highlights);
            return regex != null ? regex : translate(KastenQueryParser.plainWords(r.pattern()), words, highlights);
        }
        if (node instanceof QueryNode.Not n) {
            Query inner = translate(n.clause(), new ArrayList<>(), new ArrayList<>());
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
            if (inner != null) {
                b.add(inner, Occur.MUST_NOT);
            }
            return b.build();
        }
        if (node instanceof QueryNode.Or or) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            int added = 0;
            for (QueryNode clause : or.clauses()) {
                Query q = translate(clause, words, highlights);
                if (q != null) {
                    b.add(q, Occur.SHOULD);
                    added++;
                }
            }
            return added == 0 ? null : b.build();
        }
        QueryNode.And and = (QueryNode.And) node;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int positive = 0;
        for (QueryNode clause : and.clauses()) {
            if (clause instanceof QueryNode.Not n) {
                Query inner = translate(n.clause(), new ArrayList<>(), new ArrayList<>());
                if (inner != null) {
                    b.add(inner, Occur.MUST_NOT);
                }
            } else {
                Query q = translate(clause, words, highlights);
                if (q != null) {
                    b.add(q, Occur.MUST);
                    positive++;
                }
            }
        }
        if (positive == 0) {
            if (b.build().clauses().isEmpty()) {
                return null;
            }
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    private Query remember(QueryNode node, Query query) {
        built.put(node, query);
        return query;
    }

    /** Share of the words a note must contain when a query has three or more (natural-language queries). */
    static final double FRACTION = 0.67;
    private static final int RELAXED_MIN = -1;

    /** How many of {@code n} content words a note must contain. */
    static int required(int n) {
        return n <= 2 ? n : Math.max(1, (int) Math.round(n * FRACTION));
    }

    /** Plain words where not every word has to match: notes matching more words rank higher. */
    private Query mostWords(List<QueryNode> plain, List<String> words, int required) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (QueryNode clause : plain) {
            Query q = built.containsKey(clause) ? built.get(clause)
                    : clause instanceof QueryNode.Word w ? plainQueries.word(w, new ArrayList<>(), new ArrayList<>())
                    : plainQueries.phrase(((QueryNode.Phrase) clause).text(), new ArrayList<>());
            if (q != null) {
                b.add(q, Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses < 2) {
            return null;
        }
        int min = required < 0 ? 1 : required(clauses);
        b.setMinimumNumberShouldMatch(min);
        return b.build();
    }
}
