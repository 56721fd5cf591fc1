package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.kasten.note.IndexReport;
import org.kasten.note.Note;
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
    /**
     * Changes nobody waits for are made visible after this long. Every reopen flushes the indexing buffers
     * into new segments, so a short interval cut a first build into many small segments (slower to write,
     * merge and search); single-note changes and {@link #sync} make themselves visible at once anyway.
     */
    private static final double MAX_STALE_SECONDS = 60;

    private final Directory directory;
    /** The index folder, or null for an index in memory. */
    private final Path folder;
    /**
     * How long after opening a cleanly closed index its files' checksums are verified in the background. A
     * command that only searches has ended by then; the window verifies without delaying its first search.
     */
    static volatile long verifyDelayMillis = 10_000;
    private volatile boolean closing;
    private volatile boolean damaged;
    private final IndexWriter writer;
    /** After writing this many notes in one sync, the index is merged into one segment in the background. */
    static final int MERGE_AFTER = 1_000;
    private final SearcherManager manager;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private final NoteSearcher searcher;
    private final boolean created;
    private final List<String> warnings;
    private final ScheduledExecutorService idle;
    private ScheduledFuture<?> pendingCommit;

    private NoteIndex(Directory directory, Path folder, IndexWriter writer, boolean created, List<String> warnings)
            throws IOException {
        this.directory = directory;
        this.folder = folder;
        this.writer = writer;
        this.created = created;
        this.warnings = List.copyOf(warnings);
        if (created) {
            // set once: each call counts as a change, so setting it at every commit made each search commit anew;
            // an index opened to append already carries it from its last commit
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, NoteFields.SCHEMA_VERSION).entrySet());
        }
        this.manager = new SearcherManager(writer, true, false, null);
        this.reopener = new ControlledRealTimeReopenThread<>(writer, manager, MAX_STALE_SECONDS, 0.005);
        this.reopener.setName("kasten-index-reopen");
        this.reopener.setDaemon(true);
        this.reopener.start();
        this.searcher = new NoteSearcher(manager);
        this.searcher.whenDamaged(this::verify, this::damaged);
        this.idle = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kasten-index-commit");
            thread.setDaemon(true);
            return thread;
        });
        if (folder != null) {
            IndexLock.opened(folder);
        }
    }

    /**
     * Opens (or creates) the index in {@code folder}. An index of another schema version is recreated; a
     * damaged or unreadable one is deleted and recreated; one locked by another process is left alone and a
     * temporary in-memory index is used instead. Each case adds a line to {@link #warnings()} (and to each
     * {@link IndexReport}'s); the caller says them.
     */
    public static NoteIndex open(Path folder) throws IOException {
        List<String> warnings = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            return openIn(FSDirectory.open(folder), folder, warnings);
        } catch (LockObtainFailedException e) {
            warnings.add("the search index at " + folder + " is in use by another Kasten; using a temporary index");
        } catch (IOException | RuntimeException e) {
            warnings.add("the search index at " + folder + (e instanceof CorruptIndexException damage
                    ? " was damaged (" + IndexIntegrity.describe(damage) + ") and is rebuilt"
                    : " was unreadable and is rebuilt (" + describe(e) + ")"));
            try {
                deleteContents(folder);
                Directory fresh = FSDirectory.open(folder);
                return new NoteIndex(fresh, folder, new IndexWriter(fresh, config(IndexWriterConfig.OpenMode.CREATE)), true, warnings);
            } catch (IOException | RuntimeException again) {
                warnings.add("the search index cannot be written at " + folder + "; using a temporary index (" + describe(again) + ")");
            }
        }
        Directory memory = new ByteBuffersDirectory();
        return new NoteIndex(memory, null, new IndexWriter(memory, config(IndexWriterConfig.OpenMode.CREATE)), true, warnings);
    }

    /** An index that lives in memory only (tests, and vaults whose cache folder cannot be written). */
    public static NoteIndex inMemory() {
        try {
            Directory memory = new ByteBuffersDirectory();
            return new NoteIndex(memory, null, new IndexWriter(memory, config(IndexWriterConfig.OpenMode.CREATE)), true, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NoteIndex openIn(Directory directory, Path folder, List<String> warnings) throws IOException {
        IndexWriterConfig.OpenMode mode = IndexWriterConfig.OpenMode.CREATE;
        boolean clean = false;
        if (DirectoryReader.indexExists(directory)) {
            SegmentInfos latest = SegmentInfos.readLatestCommit(directory);
            String schema = latest.getUserData().get(SCHEMA_KEY);
            if (NoteFields.SCHEMA_VERSION.equals(schema)) {
                mode = IndexWriterConfig.OpenMode.APPEND;
                clean = IndexIntegrity.closedCleanlyAt(folder, latest.getSegmentsFileName());
                if (!clean) {
                    // left during indexing (or never closed cleanly): every file is checked before use
                    IndexIntegrity.verify(directory, latest.files(true), () -> false);
                }
                // opening a reader checks the segments (a truncated file fails here, not at the first query)
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    Objects.requireNonNull(reader);
                }
            } else {
                warnings.add("the search index was written by another version (" + schema + "); rebuilding it");
            }
        }
        IndexWriter writer = new IndexWriter(directory, config(mode));
        NoteIndex index = new NoteIndex(directory, folder, writer, mode == IndexWriterConfig.OpenMode.CREATE, warnings);
        if (clean) {
            index.idle.schedule(index::verifyQuietly, verifyDelayMillis, TimeUnit.MILLISECONDS);
        }
        return index;
    }

    /**
     * Verifies the checksums of the open index's files (those of a cleanly closed index were not verified on
     * opening). Damage is logged once, and the clean close forgotten: the next open verifies every file and
     * rebuilds the index.
     */
    private void verifyQuietly() {
        try {
            IndexSearcher s = manager.acquire();
            try {
                verify(s.getIndexReader());
            } finally {
                manager.release(s);
            }
        } catch (CorruptIndexException e) {
            damaged();
            LOG.warn("the search index at {} is damaged ({}); it is rebuilt at the next start", folder, IndexIntegrity.describe(e));
        } catch (IOException | RuntimeException e) {
            // closed meanwhile: checked at the next open
        }
    }

    /** Verifies the checksums of the files of {@code reader}'s segments (stops when the index closes). */
    private void verify(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (FilterLeafReader.unwrap(leaf.reader()) instanceof SegmentReader segment) {
                IndexIntegrity.verify(directory, segment.getSegmentInfo().files(), () -> closing);
            }
        }
    }

    /** Damage was met: the index is not marked clean again, so the next open verifies and rebuilds it. */
    private void damaged() {
        damaged = true;
        if (folder != null) {
            IndexIntegrity.forgetClean(folder);
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(NoteAnalyzers.perField());
        config.setOpenMode(mode);
        // a vault of 10,000 notes is indexed in one buffer per indexing thread: few segments, no merging
        config.setRAMBufferSizeMB(ramBufferMB(Runtime.getRuntime().maxMemory()));
        // segments are few and the index is small: compound files would only copy each segment once more
        config.setUseCompoundFile(false);
        config.getMergePolicy().setNoCFSRatio(0);
        config.setCommitOnClose(true);
        return config;
    }

    /** The indexing buffer: an eighth of the heap, between 64 and 256 MB. */
    static double ramBufferMB(long maxHeapBytes) {
        return Math.max(64, Math.min(256, maxHeapBytes / 8 / (1024 * 1024)));
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
        Map<String, StoredNote> stored = storedNotes();
        AtomicInteger added = new AtomicInteger();
        AtomicInteger updated = new AtomicInteger();
        AtomicInteger leftOut = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int total = notes.size();
        Map<String, Boolean> present = Collections.synchronizedMap(new HashMap<>());
        List<String> noteWarnings = Collections.synchronizedList(new ArrayList<>());
        try {
            notes.parallelStream().forEach(indexed -> {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                String path = indexed.note().path().value();
                present.put(path, Boolean.TRUE);
                StoredNote old = stored.get(path);
                if (old == null || !old.sameAs(indexed.note(), indexed.anchorText(), indexed.backlinks())) {
                    try {
                        boolean written = write(indexed, noteWarnings::add) >= 0;
                        (!written ? leftOut : old == null ? added : updated).incrementAndGet();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                int n = done.incrementAndGet();
                if (n % 500 == 0) {
                    progress.report(n, total, "indexing");
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int written = added.get() + updated.get();
        if (written > 1) {
            flushBuffers();
        }
        int removed = 0;
        if (!cancelled.getAsBoolean()) {
            for (String path : stored.keySet()) {
                if (!present.containsKey(path)) {
                    writer.deleteDocuments(new Term(NoteFields.PATH, path));
                    removed++;
                }
            }
        }
        markComplete(!cancelled.getAsBoolean());
        commit();
        manager.maybeRefreshBlocking();
        progress.report(total, total, "indexed");
        if (written >= MERGE_AFTER || written == 0 && unmerged()) {
            // a first build leaves a segment per indexing thread; one segment answers queries faster (docs/performance.md).
            // Merged on Lucene's merge thread while the index is already in use; the next reopen sees it. A
            // process that ends first stops the merge (close), and the next sync that finds nothing to write merges.
            writer.forceMerge(1, false);
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(noteWarnings);
        return new IndexReport(added.get(), updated.get(), removed, total - written - leftOut.get(),
                created, (System.nanoTime() - start) / 1_000_000, all, folder == null ? IndexReport.IN_MEMORY : folder.toString());
    }

    /**
     * Writes the indexing buffers (one per thread that indexed) into segments on as many threads. The commit
     * would write them one after the other on its own thread: a sixth of a first build's CPU time, with the
     * other core idle.
     */
    private void flushBuffers() throws IOException {
        try {
            IntStream.range(0, 2).parallel().forEach(i -> {
                try {
                    while (writer.flushNextBuffer()) {
                        // one buffer per call
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
            generation = Math.max(generation, write(note, LOG::warn));
        }
        if (generation >= 0) {
            awaitVisible(generation);
        }
    }

    /**
     * Writes (replaces) the document of one note and returns the writer's sequence number, or -1 when the note
     * cannot be indexed (Lucene refused its document): then it is left out, with a warning naming it, and the
     * rest of the index is unharmed. What is too long to index in a note is told to {@code warnings} too.
     */
    private long write(IndexedNote indexed, Consumer<String> warnings) throws IOException {
        Note note = indexed.note();
        Term id = new Term(NoteFields.PATH, note.path().value());
        if (id.bytes().length > IndexWriter.MAX_TERM_LENGTH) {
            // not even given to the writer: an immense term in its delete queue fails every later change
            warnings.accept(note.path().value() + ": left out of the search index (its path is too long to be a term)");
            return -1;
        }
        try {
            return writer.updateDocument(id, NoteDocuments.toDocument(note, indexed.anchorText(), indexed.backlinks(), warnings));
        } catch (IllegalArgumentException e) {
            warnings.accept(note.path().value() + ": left out of the search index (" + firstLine(e) + ")");
            writer.deleteDocuments(id); // not its old version either: the note is not in the index
            return -1;
        }
    }

    /** Lucene's message up to its first detail (some quote a whole term as a list of bytes). */
    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf(", all of which");
        cut = cut < 0 ? Math.min(message.length(), 160) : cut;
        return message.substring(0, cut);
    }

    /** Removes a note; gone from searches when this returns. */
    public void delete(NotePath path) throws IOException {
        awaitVisible(writer.deleteDocuments(new Term(NoteFields.PATH, path.value())));
    }

    private void awaitVisible(long generation) throws IOException {
        try {
            if (!reopener.waitForGeneration(generation, 100)) {
                manager.maybeRefreshBlocking();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduleIdleCommit();
    }

    private synchronized void scheduleIdleCommit() {
        if (pendingCommit != null) {
            pendingCommit.cancel(false);
        }
        pendingCommit = idle.schedule(() -> {
            try {
                commit();
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not commit the search index: {}", describe(e));
            }
        }, IDLE_COMMIT_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Records in the next commit whether a sync went through ({@link #COMPLETE_KEY}); only when that changes, as
     * setting commit data counts as a change (a current index reopened writes nothing).
     */
    private void markComplete(boolean complete) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        if (!String.valueOf(complete).equals(data.get(COMPLETE_KEY))) {
            data.put(COMPLETE_KEY, String.valueOf(complete));
            writer.setLiveCommitData(data.entrySet());
        }
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
        closing = true;
        idle.shutdownNow();
        try {
            idle.awaitTermination(10, TimeUnit.SECONDS); // a running verification stops after its current file
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reopener.close();
        manager.close();
        try {
            if (writer.isOpen()) {
                commit(); // with any merge finished by now
                // ends without waiting for a merge still running (a first build's, up to a second on a whole
                // vault): the index stays as committed, the merge's files are removed, a later sync merges again
                writer.rollback();
            }
            if (folder != null && !damaged) {
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

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static void deleteContents(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }
}
