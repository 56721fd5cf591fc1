package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.QueryRefusedException;
import org.kasten.note.RelatedNote;
import org.kasten.note.SearchHit;
import org.kasten.note.SearchResults;

/**
 * The query side of a {@link NoteIndex}: ranked, highlighted results for a Kasten query, facet counts, and
 * related notes. Every search acquires the current searcher and releases it in {@code finally}; the index's
 * reopen thread keeps it fresh. Thread-safe.
 */
public final class NoteSearcher {

    /**
     * How many top hits get the phrase bonuses and are re-ranked by backlink count: enough to rank as a larger
     * window does on the evaluation sets, while rescoring fewer hits (docs/search-quality.md).
     */
    private static final int RERANK = 30;
    /** Weight of a note's backlinks (concept hubs): score × (1 + w·ln(1 + backlinks)). */
    static final float BACKLINK_WEIGHT = 0.08f;

    private final SearcherManager manager;
    private final Facets facets = new Facets();
    private static final ToIntFunction<NotePath> NO_BACKLINKS = path -> 0;
    /** Matches are counted exactly up to this many; beyond, the total is a lower bound and scoring can skip. */
    private static final int COUNT_UP_TO = 1000;

    private volatile ToIntFunction<NotePath> backlinks = NO_BACKLINKS;
    private volatile Function<NotePath, Note> notes;
    /** The same, with what regex searches learnt of them (each doc's loaded note); null without loaded notes. */
    private volatile LoadedNotes loadedNotes;

    /** Checks the checksums of the files behind a reader; throws a CorruptIndexException for a damaged one. */
    interface Verifier {
        void verify(IndexReader reader) throws IOException;
    }

    /** Told when a search meets damaged index files. */
    private volatile Runnable whenDamaged = () -> { };
    private volatile Verifier verifier = reader -> { };
    /** The last reader whose files {@link #verifier} found sound: a failing search checks each reader once. */
    private volatile IndexReader verified;

    NoteSearcher(SearcherManager manager) {
        this.manager = manager;
    }

    /**
     * What to do when a search fails: {@code verifier} checks the index files (damaged data makes Lucene fail
     * in any way, not only with a checksum error), and {@code action} is told of damage (the index then rebuilds
     * itself at the next open).
     */
    void whenDamaged(Verifier verifier, Runnable action) {
        this.verifier = verifier;
        this.whenDamaged = action;
    }

    /** A failed read as an unchecked exception; damage is told once to {@link #whenDamaged} and said plainly. */
    private UncheckedIOException failed(IOException e) {
        if (e instanceof CorruptIndexException damage) {
            return damaged(damage);
        }
        return new UncheckedIOException(e);
    }

    private UncheckedIOException damaged(CorruptIndexException damage) {
        whenDamaged.run();
        return new Damaged(damage);
    }

    /** A search failed on damaged index files: said in one line. */
    private static final class Damaged extends UncheckedIOException {
        Damaged(CorruptIndexException damage) {
            super("the search index is damaged (" + IndexIntegrity.describe(damage)
                    + "); it is rebuilt the next time Kasten opens it", damage);
        }
    }

    /** A search that failed unexpectedly: said as damage when the reader's files are damaged, else as it was. */
    private RuntimeException failed(Throwable e, IndexReader reader) {
        if (e instanceof Damaged said) {
            return said;
        }
        if (e instanceof UncheckedIOException u && u.getCause() instanceof CorruptIndexException damage) {
            return damaged(damage);
        }
        if (reader != verified) {
            try {
                verifier.verify(reader);
                verified = reader;
            } catch (CorruptIndexException damage) {
                return damaged(damage);
            } catch (IOException | RuntimeException other) {
                e.addSuppressed(other);
            }
        }
        if (e instanceof RuntimeException r) {
            return r;
        }
        throw (Error) e;
    }

    /**
     * Tells the searcher how many backlinks each note has (used to favour hub notes a little); without it (or
     * given null) the counts the index holds are used ({@link NoteIndex#setBacklinks}).
     */
    public void setBacklinkCounts(ToIntFunction<NotePath> counts) {
        this.backlinks = counts == null ? NO_BACKLINKS : counts;
    }

    /**
     * Tells the searcher where the loaded notes are (path to note, or null): snippets then read a note's text
     * from memory instead of decompressing the stored copy, when the loaded note is the version indexed.
     */
    public void setNotes(Function<NotePath, Note> loaded) {
        this.notes = loaded;
        this.loadedNotes = loaded == null ? null : new LoadedNotes(loaded);
    }

    /** The top {@code limit} notes for {@code query}, with snippets, without facets. */
    public SearchResults search(String query, int limit) {
        return search(query, limit, false);
    }

    /** The top {@code limit} notes for {@code query}, with snippets, and facet counts when asked. */
    public SearchResults search(String query, int limit, boolean withFacets) {
        return search(query, limit, withFacets, true);
    }

    /**
     * The top {@code limit} notes for {@code query}; facet counts and snippets when asked (without snippets,
     * each hit's snippet is "": for callers that only need the ranking, and to measure snippets' cost).
     * A query over the {@link QueryLimits} throws a {@link QueryRefusedException} with a one-line message.
     */
    public SearchResults search(String query, int limit, boolean withFacets, boolean withSnippets) {
        long start = System.nanoTime();
        IndexSearcher searcher;
        try {
            searcher = manager.acquire();
        } catch (IOException e) {
            throw failed(e);
        }
        try {
            QueryTranslator translator = translator(searcher.getIndexReader());
            QueryTranslator.Translation translation = withTexts(translator.translate(query));
            if (translation == null) {
                return new SearchResults(query, null, 0, List.of(), Map.of(), micros(start));
            }
            Ranked ranked = rank(searcher, translation, limit);
            String shown = null;
            if (SpellingFix.findsLittle(ranked.strict()) && !translation.words().isEmpty()) {
                String corrected = SpellingFix.correct(searcher.getIndexReader(), query, translation.words());
                if (corrected != null) {
                    QueryTranslator.Translation retry = withTexts(translator.translate(corrected));
                    Ranked second = retry == null ? null : rank(searcher, retry, limit);
                    if (second != null && SpellingFix.clearlyMore(ranked.strict(), second.strict())) {
                        translation = retry;
                        ranked = second;
                        shown = corrected;
                    }
                }
            }
            List<SearchHit> hits = hits(searcher, translation, ranked.top(), withSnippets);
            if (!withFacets) {
                return new SearchResults(query, shown, ranked.total(), hits, Map.of(), micros(start));
            }
            Facets.Counted counted = facets.count(searcher, ranked.matching()); // its total is exact beyond 1,000
            return new SearchResults(query, shown, counted.matching(), hits, counted.facets(), micros(start));
        } catch (IOException e) {
            // damage may also show as a plain IOException ("read past EOF"): the files are checked then too
            throw e instanceof CorruptIndexException ? failed(e) : failed(new UncheckedIOException(e), searcher.getIndexReader());
        } catch (RuntimeException | AssertionError e) {
            QueryRefusedException refused = e instanceof RuntimeException r ? QueryLimits.refusal(r) : null;
            // damaged data makes Lucene fail anyhow (with -ea, as in tests, its own assertions trip first)
            throw refused != null ? refused : failed(e, searcher.getIndexReader());
        } finally {
            release(searcher);
        }
    }

    /**
     * The ranked hits: matches of the query first, then (when few) of the relaxed query; the top ones
     * rescored with the phrase bonuses; hubs favoured a little.
     */
    private Ranked rank(IndexSearcher searcher, QueryTranslator.Translation t, int limit) throws IOException {
        int n = Math.max(limit, RERANK);
        TopDocs strict = searcher.search(t.query(), new TopScoreDocCollectorManager(n, null, COUNT_UP_TO));
        long total = strict.totalHits.value;
        List<ScoreDoc> docs = new ArrayList<>(Arrays.asList(strict.scoreDocs));
        Query matching = t.query();
        if (t.relaxed() != null && total < limit) {
            TopDocs loose = searcher.search(t.relaxed(), new TopScoreDocCollectorManager(n, null, COUNT_UP_TO));
            Set<Integer> seen = new HashSet<>();
            docs.forEach(d -> seen.add(d.doc));
            float floor = docs.isEmpty() ? Float.MAX_VALUE : docs.get(docs.size() - 1).score;
            float top = loose.scoreDocs.length == 0 ? 1 : loose.scoreDocs[0].score;
            float scale = Math.min(1f, floor / top) * 0.9f;
            for (ScoreDoc d : loose.scoreDocs) {
                if (seen.add(d.doc) && docs.size() < n) {
                    docs.add(new ScoreDoc(d.doc, d.score * scale));
                }
            }
            total = strict.totalHits.value + Math.max(0, loose.totalHits.value - strict.totalHits.value);
            matching = t.relaxed();
        }
        if (t.bonus() != null && !docs.isEmpty()) {
            TopDocs first = new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), docs.toArray(ScoreDoc[]::new));
            docs = new ArrayList<>(Arrays.asList(QueryRescorer.rescore(searcher, first, t.bonus(), 1.0, n).scoreDocs));
        }
        ScoreDoc[] reranked = rerank(searcher, docs, t.names());
        ScoreDoc[] top = Arrays.copyOf(reranked, Math.min(limit, reranked.length));
        return new Ranked(new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), top), total, matching,
                strict.totalHits.value);
    }

    /** Re-ranks the top hits: notes the query names ({@link NameMatch}) and hubs (many backlinks) rise. */
    private ScoreDoc[] rerank(IndexSearcher searcher, List<ScoreDoc> docs, NameMatch names) throws IOException {
        ToIntFunction<NotePath> counts = backlinks;
        ScoreDoc[] out = new ScoreDoc[docs.size()];
        int[] ids = docs.stream().mapToInt(d -> d.doc).toArray();
        IndexReader reader = searcher.getIndexReader();
        String[] paths = counts == NO_BACKLINKS ? null : DocValueStrings.read(reader, NoteFields.PATH, ids);
        long[] stored = counts == NO_BACKLINKS ? DocValueStrings.readLongs(reader, NoteFields.BACKLINKS, ids) : null;
        String[] nameTerms = names.isEmpty() ? null : DocValueStrings.read(reader, NoteFields.NAME_TERMS, ids);
        for (int i = 0; i < out.length; i++) {
            ScoreDoc d = docs.get(i);
            long links = paths == null ? stored[i] : counts.applyAsInt(NotePath.of(paths[i]));
            double named = nameTerms == null ? 1 : names.factor(nameTerms[i]);
            out[i] = new ScoreDoc(d.doc, (float) (d.score * named * (1 + BACKLINK_WEIGHT * Math.log1p(links))));
        }
        Arrays.sort(out, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return out;
    }

    private List<SearchHit> hits(IndexSearcher searcher, QueryTranslator.Translation t, TopDocs top, boolean withSnippets)
            throws IOException {
        int[] docs = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
        // path and title from doc values: stored fields would decompress a block of notes per hit
        String[] paths = DocValueStrings.read(searcher.getIndexReader(), NoteFields.PATH, docs);
        String[] titles = DocValueStrings.read(searcher.getIndexReader(), NoteFields.TITLE, docs);
        String[] snippets = withSnippets ? Snippets.highlight(searcher, t.highlight(), top, paths, notes) : new String[0];
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            hits.add(new SearchHit(NotePath.of(paths[i]), titles[i], top.scoreDocs[i].score,
                    snippets.length > i ? snippets[i] : ""));
        }
        return hits;
    }

    /**
     * Notes like {@code note}: similar text (MoreLikeThis) and shared link targets, plus a bonus for each
     * entry of {@code linked} (its link neighbours; a note linked both ways may appear twice), and the notes of
     * {@code similar} (its semantic neighbours, {@link PassageIndex#neighbours}; empty without vectors).
     */
    public List<RelatedNote> related(Note note, int limit, Collection<NotePath> linked, List<PassageIndex.PassageHit> similar) {
        IndexSearcher searcher;
        try {
            searcher = manager.acquire();
        } catch (IOException e) {
            throw failed(e);
        }
        try {
            return RelatedNotes.find(searcher, note, limit, linked, similar);
        } catch (IOException e) {
            throw failed(e);
        } finally {
            release(searcher);
        }
    }

    /** Number of notes in the index. */
    public int count() {
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                release(searcher);
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** {@code t}, its regex clauses told the loaded notes, whose text is cheaper to read than the stored copy. */
    private QueryTranslator.Translation withTexts(QueryTranslator.Translation t) {
        if (t != null) {
            TextRegexQuery.readLoaded(t.query(), loadedNotes);
        }
        return t;
    }

    private static QueryTranslator translator(IndexReader reader) {
        return new QueryTranslator(NoteAnalyzers.stemmed(), NoteAnalyzers.exact(), key -> {
            try {
                return reader.docFreq(new Term(NoteFields.HAS_PROPERTY, NoteAnalyzers.fold(key))) > 0;
            } catch (IOException e) {
                return false;
            }
        }, reader);
    }

    private void release(IndexSearcher searcher) {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }

    /**
     * Top hits after re-ranking, the number of matches, the query that defines the matching set, and how many
     * notes match the query itself (without the relaxed fill-up).
     */
    private record Ranked(TopDocs top, long total, Query matching, long strict) { }
}
