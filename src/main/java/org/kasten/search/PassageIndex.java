package org.kasten.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;

/**
 * A vault's passage vectors ({@link Passages}, {@link Embedder}) in a Lucene index of their own beside the
 * lexical one ({@link IndexLocation#vectorsForVault}): one document per passage with its vector
 * ({@link KnnFloatVectorField}, HNSW) and one per note holding the note's hash, so a sync re-embeds only notes
 * whose hash changed. Kept apart from the note index so that every lexical count, facet and snapshot stays one
 * document per note. Schema-versioned with the model's id: vectors of another model or layout are rebuilt.
 * Writing and reading may overlap (a window searches while the vectors are built). Thread-safe.
 */
public final class PassageIndex implements AutoCloseable {

    static final String SCHEMA_KEY = "kasten.vectors.schema";
    static final String COMPLETE_KEY = "kasten.vectors.complete";
    /** Bump when the passages, fields or vectors change meaning. */
    static final String LAYOUT = "1";
    static final String PATH = "path";
    static final String KIND = "kind";
    static final String HASH = "hash";
    static final String TITLE = "title";
    static final String HEADING = "heading";
    static final String TEXT = "text";
    static final String VECTOR = "vector";
    static final String NOTE_KIND = "note";
    static final String PASSAGE_KIND = "passage";
    /** Segments {@link #compact} leaves as they are. */
    static final int MOST_SEGMENTS = 4;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager manager;
    private final Embedder embedder;
    private final boolean rebuilt;
    private final PassageWrites writes;

    PassageIndex(Directory directory, IndexWriter writer, Embedder embedder, boolean rebuilt) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.embedder = embedder;
        this.rebuilt = rebuilt;
        this.manager = new SearcherManager(writer, null);
        this.writes = new PassageWrites(writer, manager, embedder);
    }

    /** For searching only, at the commit {@code reader} holds (which the index then owns). */
    PassageIndex(Directory directory, DirectoryReader reader, Embedder embedder) throws IOException {
        this.directory = directory;
        this.writer = null;
        this.embedder = embedder;
        this.rebuilt = false;
        this.manager = new SearcherManager(reader, null);
        this.writes = null;
    }

    /**
     * The vectors in {@code folder} as last committed, for searching only (no lock: a window may be writing
     * them), or null when there are none of {@code embedder}'s schema whose build went through.
     */
    public static PassageIndex readOnly(Path folder, Embedder embedder) {
        return PassageIndexOpening.readOnly(folder, embedder);
    }

    /**
     * Opens the vectors in {@code folder} for writing, made anew when they were written by another model or
     * layout, or are unreadable. Throws when the folder cannot be written or another process holds it.
     */
    public static PassageIndex open(Path folder, Embedder embedder) throws IOException {
        return PassageIndexOpening.open(folder, embedder);
    }

    /** Vectors in memory (tests, and vaults whose cache folder cannot be written). */
    public static PassageIndex inMemory(Embedder embedder) {
        return PassageIndexOpening.inMemory(embedder);
    }

    static String schema(Embedder embedder) {
        return LAYOUT + ":" + embedder.id() + ":" + embedder.dimensions();
    }

    /**
     * True when {@code folder} holds vectors whose last build went through, whatever the model: a look at the
     * last commit only, loading no model (a search decides with it whether the model is worth loading).
     */
    public static boolean ready(Path folder) {
        return PassageIndexOpening.ready(folder);
    }

    /** True when this index was made anew on opening (none, another model's, or unreadable). */
    public boolean rebuilt() {
        return rebuilt;
    }

    /**
     * What a {@link #sync} did: notes embedded, removed and left as they were, passages written and how many of
     * them took the vector of an equal text (the note's previous version, or a repeat) instead of the model's,
     * time taken.
     */
    public record SyncReport(int embedded, int removed, int unchanged, int passages, int reused, long millis,
                             boolean complete) { }

    /**
     * Makes the vectors hold exactly {@code notes}: embeds the passages of new and changed notes (by hash) on
     * {@code threads} threads of low priority, removes those of notes gone, commits now and then and at the end
     * ({@link PassageSync}). Stops early, keeping what was done, when {@code cancelled} says so.
     */
    public SyncReport sync(Collection<Note> notes, Progress progress, BooleanSupplier cancelled, int threads)
            throws IOException {
        return new PassageSync(writer, manager, writes, schema(embedder)).run(notes, progress, cancelled, threads);
    }

    /**
     * Re-embeds one changed note now (a note edited in the window): only its passages whose text changed go to
     * the model. Visible to searches when this returns.
     */
    public void update(Note note) throws IOException {
        writes.write(note, KnownVectors.none());
        manager.maybeRefreshBlocking();
    }

    /** Removes a note's passages; gone from searches when this returns. */
    public void delete(NotePath path) throws IOException {
        writer.deleteDocuments(new Term(PATH, path.value()));
        manager.maybeRefreshBlocking();
    }

    /** The model these vectors are made with (queries must be embedded with it too). */
    public Embedder embedder() {
        return embedder;
    }

    /** The notes nearest in meaning to {@code query}, best first (see {@link PassageSearch#nearest}). */
    public List<PassageHit> nearest(String query, int notes, Set<String> within) throws IOException {
        return nearest(queryVector(query), notes, within);
    }

    /** The vector {@link #nearest(String, int, Set)} searches with: {@code query} embedded as a query. */
    public float[] queryVector(String query) {
        return embedder.embedQuery(query);
    }

    /** The notes nearest to a {@link #queryVector}, best first (see {@link PassageSearch#nearest}). */
    public List<PassageHit> nearest(float[] vector, int notes, Set<String> within) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return PassageSearch.nearest(s, vector, notes, within);
        } finally {
            manager.release(s);
        }
    }

    /**
     * The similarity of each of {@code notes}' best passage to a {@link #queryVector} (cosine), computed over all
     * their stored passages rather than searched; a note without vectors is left out.
     */
    public Map<String, Float> similarities(float[] vector, Collection<String> notes) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return PassageSearch.similarities(s, vector, notes);
        } finally {
            manager.release(s);
        }
    }

    /** A note found by meaning: its best passage and that passage's similarity (cosine, -1..1). */
    public record PassageHit(NotePath path, String title, String heading, String text, float similarity) { }

    /**
     * The {@code notes} notes nearest in meaning to the note at {@code path}: for each of its first passages
     * (their stored vectors, no model call) the nearest passages of other notes ({@link PassageSearch#neighbours}).
     * Empty when the note has no vectors.
     */
    public List<PassageHit> neighbours(NotePath path, int notes) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return PassageSearch.neighbours(s, path, notes);
        } finally {
            manager.release(s);
        }
    }


    /**
     * Merges the vectors into one segment when a build left them in more than {@link #MOST_SEGMENTS} segments, none
     * of them holding half (see {@link #fragmented}), and commits: a vector
     * query searches one HNSW graph per segment, so after a whole vault's build (a segment per flush and per
     * commit) it does several times the work of one merged graph (docs/performance.md). Call it once the vectors
     * are ready (searches go on meanwhile, on the segments as they were); a few segments left by small syncs are
     * left to Lucene's own merging. True when it merged; false when there was nothing to do or the index is
     * read-only.
     */
    public boolean compact() throws IOException {
        if (writer == null || !fragmented()) {
            return false;
        }
        writer.forceMerge(1);
        writer.commit();
        manager.maybeRefreshBlocking();
        return true;
    }

    /**
     * More than {@link #MOST_SEGMENTS} segments and none holding half the documents: a build's flushes and commits.
     * Segments added by changes beside one large segment are not (merging them into it would rebuild its graph
     * each time); Lucene's own merging takes care of them.
     */
    private boolean fragmented() throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            var leaves = s.getIndexReader().leaves();
            int largest = leaves.stream().mapToInt(l -> l.reader().maxDoc()).max().orElse(0);
            return leaves.size() > MOST_SEGMENTS && 2L * largest < s.getIndexReader().maxDoc();
        } finally {
            manager.release(s);
        }
    }

    /** Number of segments searched now. */
    int segmentCount() throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return s.getIndexReader().leaves().size();
        } finally {
            manager.release(s);
        }
    }

    /** The searcher's current state, for reading in this package; release with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        return manager.acquire();
    }

    void release(IndexSearcher s) throws IOException {
        manager.release(s);
    }

    /** Number of passages with vectors. */
    public int passageCount() throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return s.count(new TermQuery(new Term(KIND, PASSAGE_KIND)));
        } finally {
            manager.release(s);
        }
    }

    /** Size of the index files in bytes. */
    public long sizeInBytes() throws IOException {
        return NoteIndex.sizeInBytes(directory);
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }
}
