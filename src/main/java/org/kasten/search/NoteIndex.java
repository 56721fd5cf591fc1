package org.kasten.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.kasten.note.Daemons;
import org.kasten.note.IndexReport;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writing side of a vault's persistent Lucene index: brings it up to date with the notes on disk
 * (only changed notes are re-indexed), applies single-note changes near-real-time, commits when idle and
 * on close. The index is derived data: a damaged, foreign-schema or locked one is replaced, with a warning.
 * Thread-safe.
 */
public final class NoteIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NoteIndex.class);
    static final String SCHEMA_KEY = "kasten.schema";
    /**
     * "true" in a commit written after a whole {@link #sync} (and the changes applied since): every note then
     * has its anchor text and backlink count, so the index can answer alone ({@link IndexSnapshot}). A sync
     * stopped early commits "false".
     */
    static final String COMPLETE_KEY = "kasten.complete";
    private static final long IDLE_COMMIT_MILLIS = 2_000;

    private final Directory directory;
    /** The index folder, or null for an index in memory. */
    private final Path folder;
    /**
     * How long after opening a cleanly closed index its files' checksums are verified in the background. A
     * command that only searches has ended by then; the window verifies without delaying its first search.
     */
    static volatile long verifyDelayMillis = 10_000;
    private final IndexWriter writer;
    private final NoteWrites writes;
    private final OpenIndexCheck check;
    /** After writing this many notes in one sync, the index is merged into one segment in the background. */
    static final int MERGE_AFTER = 1_000;
    /**
     * How long after such a sync the merge starts. A command that indexes and ends ({@code kasten index}, a first
     * {@code kasten search}) has closed by then and never starts it: closing would stop it anyway, so its work was
     * thrown away (docs/performance.md, "Issue 16: cold index, session 15"). The window merges a moment later.
     */
    static final long MERGE_DELAY_MILLIS = 2_000;
    private final SearcherManager manager;
    private final ChangeVisibility visibility;
    private final NoteSearcher searcher;
    private final boolean created;
    private final List<String> warnings;
    private final ScheduledExecutorService idle;
    private ScheduledFuture<?> pendingCommit;

    /**
     * An index over {@code writer}; {@code created} when it was made anew, {@code clean} when it was closed
     * cleanly and its files' checksums are verified in the background ({@link IndexOpening} decides both).
     */
    NoteIndex(Directory directory, Path folder, IndexWriter writer, boolean created, boolean clean, List<String> warnings)
            throws IOException {
        this.directory = directory;
        this.folder = folder;
        this.writer = writer;
        this.writes = new NoteWrites(writer);
        this.created = created;
        this.warnings = List.copyOf(warnings);
        if (created) {
            // set once: each call counts as a change, so setting it at every commit made each search commit anew;
            // an index opened to append already carries it from its last commit
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, NoteFields.SCHEMA_VERSION).entrySet());
        }
        this.manager = new SearcherManager(writer, true, false, null);
        this.visibility = new ChangeVisibility(writer, manager);
        this.check = new OpenIndexCheck(directory, folder, manager);
        this.searcher = new NoteSearcher(manager);
        this.searcher.whenDamaged(check::verify, check::damaged);
        this.idle = Executors.newSingleThreadScheduledExecutor(Daemons.named("kasten-index-commit"));
        if (folder != null) {
            IndexLock.opened(folder);
        }
        if (clean) {
            idle.schedule(check::verifyQuietly, verifyDelayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Opens (or creates) the index in {@code folder}. An index of another schema version is recreated; a
     * damaged or unreadable one is deleted and recreated; one locked by another process is left alone and a
     * temporary in-memory index is used instead. Each case adds a line to {@link #warnings()} (and to each
     * {@link IndexReport}'s); the caller says them.
     */
    public static NoteIndex open(Path folder) throws IOException {
        return IndexOpening.open(folder);
    }

    /** An index that lives in memory only (tests, and vaults whose cache folder cannot be written). */
    public static NoteIndex inMemory() {
        return IndexOpening.inMemory();
    }

    /** Problems met while opening (each already logged), for the user. */
    public List<String> warnings() {
        return warnings;
    }

    /** The query side of this index. */
    public NoteSearcher searcher() {
        return searcher;
    }

    /**
     * Makes the index hold exactly {@code notes}: writes new and changed ones (size, modification time,
     * hash, anchor text or backlink count differ), deletes those no longer present, commits. Stops early (committing what was done) when
     * {@code cancelled} says so.
     */
    public IndexReport sync(Collection<IndexedNote> notes, Progress progress, BooleanSupplier cancelled) throws IOException {
        long start = System.nanoTime();
        int total = notes.size();
        Map<String, StoredNote> stored = storedNotes();
        SyncPass pass = new SyncPass(stored, writes);
        // a first build is merged into one segment when it ends: merging its segments as they come would merge them twice
        Runnable resumeMerges = stored.isEmpty() && total >= MERGE_AFTER ? writes.pauseMerges() : () -> { };
        int written;
        int removed;
        try {
            pass.writeChanged(notes, progress, cancelled);
            written = pass.added() + pass.updated();
            if (written > 1) {
                writes.flushBuffers();
            }
            removed = cancelled.getAsBoolean() ? 0 : pass.removeMissing();
            writes.markComplete(!cancelled.getAsBoolean());
            commit();
        } finally {
            resumeMerges.run();
        }
        manager.maybeRefreshBlocking();
        visibility.start(); // not while the first sync writes: nobody searches it meanwhile, and each reopen flushes
        progress.report(total, total, "indexed");
        if (written >= MERGE_AFTER || written == 0 && unmerged()) {
            // a first build leaves a segment per indexing thread; one segment answers queries faster (docs/performance.md).
            // Merged on Lucene's merge thread while the index is already in use; the next reopen sees it. A
            // command that ends first never starts the merge (or close stops it), so an index built only from the
            // command line keeps its segments until a window's sync finds nothing to write and merges.
            try {
                idle.schedule(writes::mergeIntoOne, MERGE_DELAY_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // closing: the next sync merges
            }
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(pass.warnings());
        return new IndexReport(pass.added(), pass.updated(), removed, total - written - pass.leftOut(),
                created, (System.nanoTime() - start) / 1_000_000, all, folder == null ? IndexReport.IN_MEMORY : folder.toString());
    }

    /** The merge policy in effect (tests: none chosen while a first build writes). */
    org.apache.lucene.index.MergePolicy mergePolicy() {
        return writes.mergePolicy();
    }

    /** True while a merge runs (tests: none yet when a large sync returns). */
    boolean merging() {
        return writes.merging();
    }

    /** Indexes one changed note; it is visible to searches when this returns (at most ~100 ms later). */
    public void update(IndexedNote note) throws IOException {
        update(List.of(note));
    }

    /**
     * Indexes changed notes (a changed note and the notes whose anchor text its links give); visible to
     * searches when this returns.
     */
    public void update(Collection<IndexedNote> notes) throws IOException {
        long generation = -1;
        for (IndexedNote note : notes) {
            generation = Math.max(generation, writes.write(note, LOG::warn));
        }
        if (generation >= 0) {
            awaitVisible(generation);
        }
    }

    /** Removes a note; gone from searches when this returns. */
    public void delete(NotePath path) throws IOException {
        awaitVisible(writes.delete(path.value()));
    }

    private void awaitVisible(long generation) throws IOException {
        visibility.await(generation);
        scheduleIdleCommit();
    }

    /** True once changes nobody waits for are made visible periodically (tests: not during a first sync). */
    boolean reopensPeriodically() {
        return visibility.started();
    }

    private synchronized void scheduleIdleCommit() {
        if (pendingCommit != null) {
            pendingCommit.cancel(false);
        }
        pendingCommit = idle.schedule(() -> {
            try {
                commit();
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not commit the search index: {}", IndexOpening.describe(e));
            }
        }, IDLE_COMMIT_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Writes pending changes to disk with the schema version; without changes, writes nothing. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** Size of the index files in bytes. */
    public long sizeInBytes() throws IOException {
        return sizeInBytes(directory);
    }

    /** Size of the files of the index in {@code directory}, in bytes (the vectors' index counts alike). */
    static long sizeInBytes(Directory directory) throws IOException {
        long size = 0;
        for (String file : directory.listAll()) {
            try {
                size += directory.fileLength(file);
            } catch (IOException e) {
                // a file merged away while listing
            }
        }
        return size;
    }

    /**
     * True when no segment holds nine tenths of a large index's documents: the segments of a build whose merge
     * was stopped (one per indexing thread, or per full buffer). The small segments of later edits do not count.
     */
    private boolean unmerged() throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            IndexReader reader = s.getIndexReader();
            int largest = reader.leaves().stream().mapToInt(leaf -> leaf.reader().maxDoc()).max().orElse(0);
            return reader.maxDoc() >= MERGE_AFTER && largest < 0.9 * reader.maxDoc();
        } finally {
            manager.release(s);
        }
    }

    /** Size, time and hash of every indexed note, by path. */
    private Map<String, StoredNote> storedNotes() throws IOException {
        manager.maybeRefreshBlocking();
        IndexSearcher s = manager.acquire();
        try {
            return StoredNote.readAll(s.getIndexReader());
        } finally {
            manager.release(s);
        }
    }

    @Override
    public void close() throws IOException {
        check.closing();
        idle.shutdownNow();
        try {
            idle.awaitTermination(10, TimeUnit.SECONDS); // a running verification stops after its current file
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        visibility.close();
        manager.close();
        try {
            if (writer.isOpen()) {
                commit(); // with any merge finished by now
                // ends without waiting for a merge still running (a first build's, up to a second on a whole
                // vault): the index stays as committed, the merge's files are removed, a later sync merges again
                writer.rollback();
            }
            if (folder != null && !check.isDamaged()) {
                IndexIntegrity.markClean(folder, SegmentInfos.readLatestCommit(directory));
            }
        } finally {
            if (writer.isOpen()) {
                writer.rollback();
            }
            directory.close();
            if (folder != null) {
                IndexLock.closed(folder);
            }
        }
    }
}
