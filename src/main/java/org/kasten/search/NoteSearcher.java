package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
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

    private final SearcherManager manager;
    private final Facets facets = new Facets();
    private final SearchFailures failures = new SearchFailures();

    private volatile ToIntFunction<NotePath> backlinks = HitRanking.NO_BACKLINKS;
    private volatile Function<NotePath, Note> notes;
    /** The same, with what regex searches learnt of them (each doc's loaded note); null without loaded notes. */
    private volatile LoadedNotes loadedNotes;

    NoteSearcher(SearcherManager manager) {
        this.manager = manager;
    }

    /**
     * What to do when a search fails: {@code verifier} checks the index files (damaged data makes Lucene fail
     * in any way, not only with a checksum error), and {@code action} is told of damage (the index then rebuilds
     * itself at the next open).
     */
    void whenDamaged(SearchFailures.Verifier verifier, Runnable action) {
        failures.whenDamaged(verifier, action);
    }

    /**
     * Tells the searcher how many backlinks each note has (used to favour hub notes a little); without it (or
     * given null) the counts the index holds are used ({@link NoteIndex#setBacklinks}).
     */
    public void setBacklinkCounts(ToIntFunction<NotePath> counts) {
        this.backlinks = counts == null ? HitRanking.NO_BACKLINKS : counts;
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
        return search(query, limit, withFacets, withSnippets ? limit : 0, "");
    }

    /**
     * The top {@code limit} notes for {@code query}, facet counts when asked, and snippets for the first
     * {@code snippets} hits only: a later hit's snippet is null, not made yet ({@link #snippets} makes it when
     * its row comes into view). The window lists 200 hits but shows a screenful, and highlighting every hit
     * was the largest part of its query's cost (docs/performance.md). The hits and their order are those of
     * {@link #search(String, int, boolean)}.
     */
    public SearchResults search(String query, int limit, boolean withFacets, int snippets) {
        return search(query, limit, withFacets, snippets, null);
    }

    /**
     * The snippets {@link #search(String, int, boolean)} gives these notes for {@code query} (the query that
     * answered: its {@link SearchResults#shownQuery()} when a corrected one was used), in the order asked; ""
     * for a note no longer indexed or a query that translates to nothing.
     */
    public List<String> snippets(String query, List<NotePath> paths) {
        return answering(searcher -> {
            QueryTranslator.Translation translation = withTexts(translator(searcher.getIndexReader()).translate(query));
            return translation == null ? Collections.nCopies(paths.size(), "")
                    : Snippets.ofNotes(searcher, translation.highlight(), paths, notes);
        });
    }

    /** The search; snippets for the first {@code snippets} hits, {@code unmade} as the later hits' snippet. */
    private SearchResults search(String query, int limit, boolean withFacets, int snippets, String unmade) {
        long start = System.nanoTime();
        return answering(searcher -> {
            QueryTranslator translator = translator(searcher.getIndexReader());
            QueryTranslator.Translation translation = withTexts(translator.translate(query));
            if (translation == null) {
                return new SearchResults(query, null, 0, List.of(), Map.of(), micros(start));
            }
            HitRanking.Ranked ranked = HitRanking.rank(searcher, translation, limit, backlinks);
            String shown = null;
            if (SpellingFix.findsLittle(ranked.strict()) && !translation.words().isEmpty()) {
                String corrected = SpellingFix.correct(searcher.getIndexReader(), query, translation.words());
                if (corrected != null) {
                    QueryTranslator.Translation retry = withTexts(translator.translate(corrected));
                    HitRanking.Ranked second = retry == null ? null : HitRanking.rank(searcher, retry, limit, backlinks);
                    if (second != null && SpellingFix.clearlyMore(ranked.strict(), second.strict())) {
                        translation = retry;
                        ranked = second;
                        shown = corrected;
                    }
                }
            }
            List<SearchHit> hits = hits(searcher, translation, ranked.top(), snippets, unmade);
            if (!withFacets) {
                return new SearchResults(query, shown, ranked.total(), hits, Map.of(), micros(start));
            }
            Facets.Counted counted = facets.count(searcher, ranked.matching()); // its total is exact beyond 1,000
            return new SearchResults(query, shown, counted.matching(), hits, counted.facets(), micros(start));
        });
    }

    /** Work on the current searcher, released after it. */
    @FunctionalInterface
    private interface Answering<T> {
        T answer(IndexSearcher searcher) throws IOException;
    }

    /**
     * {@code work}'s answer on the current searcher; a query over the limits is refused with its message, any
     * other failure has the index checked ({@link SearchFailures}).
     */
    private <T> T answering(Answering<T> work) {
        IndexSearcher searcher = acquire();
        try {
            return work.answer(searcher);
        } catch (IOException e) {
            // damage may also show as a plain IOException ("read past EOF"): the files are checked then too
            throw e instanceof CorruptIndexException ? failures.failed(e) : failures.failed(new UncheckedIOException(e), searcher.getIndexReader());
        } catch (RuntimeException | AssertionError e) {
            QueryRefusedException refused = e instanceof RuntimeException r ? QueryLimits.refusal(r) : null;
            // damaged data makes Lucene fail anyhow (with -ea, as in tests, its own assertions trip first)
            throw refused != null ? refused : failures.failed(e, searcher.getIndexReader());
        } finally {
            release(searcher);
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, QueryTranslator.Translation t, TopDocs top, int snippets,
                                 String unmade) throws IOException {
        int[] docs = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
        // path and title from doc values: stored fields would decompress a block of notes per hit
        String[] paths = DocValueStrings.read(searcher.getIndexReader(), NoteFields.PATH, docs);
        String[] titles = DocValueStrings.read(searcher.getIndexReader(), NoteFields.TITLE, docs);
        int made = Math.min(Math.max(0, snippets), docs.length);
        String[] shown = made == 0 ? new String[0] : Snippets.highlight(searcher, t.highlight(),
                made == docs.length ? top : new TopDocs(top.totalHits, Arrays.copyOf(top.scoreDocs, made)),
                Arrays.copyOf(paths, made), notes);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            hits.add(new SearchHit(NotePath.of(paths[i]), titles[i], top.scoreDocs[i].score,
                    shown.length > i ? shown[i] : unmade));
        }
        return hits;
    }

    /**
     * Notes like {@code note}: similar text (MoreLikeThis) and shared link targets, plus a bonus for each
     * entry of {@code linked} (its link neighbours; a note linked both ways may appear twice), and the notes of
     * {@code similar} (its semantic neighbours, {@link PassageIndex#neighbours}; empty without vectors).
     */
    public List<RelatedNote> related(Note note, int limit, Collection<NotePath> linked, List<PassageIndex.PassageHit> similar) {
        IndexSearcher searcher = acquire();
        try {
            return RelatedNotes.find(searcher, note, limit, linked, similar);
        } catch (IOException e) {
            throw failures.failed(e);
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
            throw failures.failed(e);
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

    private IndexSearcher acquire() {
        try {
            return manager.acquire();
        } catch (IOException e) {
            throw failures.failed(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            throw failures.failed(e);
        }
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }
}
