package org.kasten.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.kasten.note.Daemons;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.search.Embedder;
import org.kasten.search.IndexLocation;
import org.kasten.search.PassageIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace's semantic vectors kept current for the window (issue 12): on one daemon thread of low priority,
 * the model is loaded, the vault's {@link PassageIndex} opened and synced (only new and changed notes are
 * embedded, by hash) and, once ready, compacted ({@link PassageIndex#compact}), then notes changed on disk are
 * re-embedded and deleted ones removed as they come, in the order they came. Searches use the vectors only once the first sync went through ({@link #ready()}). While
 * another process holds the vault's vectors, their last complete build is searched as it is (like the words'
 * {@link WorkspaceSnapshot}), or, without one, search stays lexical. Each step
 * is told to a listener as a {@link VectorStatus}. Closing stops the sync at the next note and closes the
 * index's writer, so what is on disk is a complete commit.
 */
final class WorkspaceVectors implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceVectors.class);
    /** How long closing waits for the note being embedded. */
    private static final long CLOSE_WAIT_SECONDS = 20;

    private final Consumer<VectorStatus> listener;
    private final ExecutorService worker;
    private volatile PassageIndex index;
    /** The vectors are another process's last complete build, read as they are: nothing is synced or updated. */
    private volatile boolean readOnly;
    private volatile boolean ready;
    private volatile boolean closing;
    /** Merges a finished build's segments ({@link PassageIndex#compact}; replaced in tests). */
    private final Compaction compaction;
    /** Guards {@link #compacting} and {@link #closeWhenCompacted}. */
    private final Object compactionLock = new Object();
    private boolean compacting;
    /** Closing came during the compaction: the compaction's thread closes the index when the merge ends. */
    private boolean closeWhenCompacted;

    /** Merges an index's segments; true when it merged. */
    @FunctionalInterface
    interface Compaction {
        boolean compact(PassageIndex index) throws IOException;
    }

    private WorkspaceVectors(Consumer<VectorStatus> listener, Compaction compaction) {
        this.listener = listener;
        this.compaction = compaction;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                Daemons.named("kasten-vectors-builder", Thread.MIN_PRIORITY), new ThreadPoolExecutor.DiscardPolicy()); // work arriving while closing is dropped
    }

    /**
     * Starts loading {@code model} and building the vectors of the vault at {@code root} from {@code notes} (the
     * notes as they are when the work starts) in the background; {@code listener} hears that it started at once,
     * then each step on the builder's thread.
     */
    static WorkspaceVectors start(Path root, SemanticModel model, Supplier<Collection<Note>> notes,
                                  Consumer<VectorStatus> listener) {
        return start(root, model, notes, listener, PassageIndex::compact);
    }

    static WorkspaceVectors start(Path root, SemanticModel model, Supplier<Collection<Note>> notes,
                                  Consumer<VectorStatus> listener, Compaction compaction) {
        WorkspaceVectors vectors = new WorkspaceVectors(listener, compaction);
        vectors.tell(VectorStatus.of(VectorStatus.Phase.STARTING)); // at once, on the caller's thread
        vectors.worker.execute(() -> vectors.open(root, model));
        vectors.sync(notes);
        return vectors;
    }

    private void open(Path root, SemanticModel model) {
        Optional<Embedder> embedder = model.load(why -> unavailable(why));
        if (embedder.isEmpty() || closing) {
            return;
        }
        Path folder = IndexLocation.vectorsForVault(root);
        try {
            index = IndexLocation.writable(LOG::warn) ? PassageIndex.open(folder, embedder.get())
                    : PassageIndex.inMemory(embedder.get());
        } catch (IOException | RuntimeException e) {
            // another Kasten (a window, kasten index) holds them: search its last complete build, as the words do
            PassageIndex theirs = PassageIndex.readOnly(folder, embedder.get());
            if (theirs == null) {
                unavailable("the semantic vectors cannot be opened (" + e.getMessage() + "); search stays lexical");
                return;
            }
            LOG.info("semantic vectors held by another process ({}); searching their last complete build", e.toString());
            index = theirs;
            readOnly = true;
            ready = true;
            tell(new VectorStatus(VectorStatus.Phase.READY, 0, 0, ""));
        }
    }

    /** Brings the vectors in line with {@code notes} (the first build, or after the watcher lost track). */
    void sync(Supplier<Collection<Note>> notes) {
        worker.execute(() -> {
            PassageIndex now = index;
            if (now == null || closing || readOnly) {
                return;
            }
            try {
                Collection<Note> all = notes.get();
                tell(new VectorStatus(VectorStatus.Phase.BUILDING, 0, all.size(), ""));
                PassageIndex.SyncReport report = now.sync(all, (done, total, message) -> {
                    if (!closing) {
                        tell(new VectorStatus(VectorStatus.Phase.BUILDING, (int) done, (int) total, ""));
                    }
                }, () -> closing, 1);
                if (report.complete()) {
                    ready = true;
                    tell(new VectorStatus(VectorStatus.Phase.READY, report.embedded(), report.embedded(), ""));
                    startCompaction(now); // a whole vault's build: one graph to search instead of one per segment
                }
            } catch (IOException | RuntimeException e) {
                if (!closing) {
                    unavailable("the semantic vectors could not be built (" + e.getMessage() + "); search stays lexical");
                }
            }
        });
    }

    /**
     * Compacts the index on a thread of its own, so that changed notes are embedded meanwhile. Lucene cannot abort
     * a merge of vectors (building the merged HNSW graph checks for no abort), and merging a large vault's vectors
     * takes tens of seconds: a {@link #close} meanwhile leaves the index to that thread, which closes it when the
     * merge ends, so quitting Kasten does not wait for the merge (the process ends; what is on disk is the last
     * commit, before the merge).
     */
    private void startCompaction(PassageIndex now) {
        synchronized (compactionLock) {
            if (closing) {
                return;
            }
            compacting = true;
        }
        Daemons.start("kasten-vectors-compaction", Thread.MIN_PRIORITY, () -> compact(now));
    }

    private void compact(PassageIndex now) {
        boolean close;
        try {
            compaction.compact(now);
        } catch (IOException | RuntimeException e) {
            if (!closing) {
                LOG.warn("semantic vectors not compacted: {}", e.toString());
            }
        } finally {
            synchronized (compactionLock) {
                compacting = false;
                close = closeWhenCompacted;
            }
        }
        if (close) {
            closeIndex(now);
        }
    }

    /** Re-embeds notes changed on disk and removes deleted ones, after the work queued before. */
    void changed(List<Note> notes, Collection<NotePath> removed) {
        worker.execute(() -> {
            PassageIndex now = index;
            if (now == null || closing || readOnly) {
                return;
            }
            try {
                for (NotePath path : removed) {
                    now.delete(path);
                }
                for (Note note : notes) {
                    if (closing) {
                        return;
                    }
                    now.update(note);
                }
            } catch (IOException | RuntimeException e) {
                if (!closing) {
                    LOG.warn("semantic vectors of changed notes not updated: {}", e.toString());
                }
            }
        });
    }

    /**
     * Waits until the work queued so far is done (a change's vectors are searchable then); for tests and
     * benchmarks. Returns at once when closed.
     */
    void awaitQueued() throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        worker.execute(done::countDown);
        while (!done.await(100, TimeUnit.MILLISECONDS)) {
            if (worker.isShutdown()) {
                return;
            }
        }
    }

    /** The vectors for searching once the first build went through, else null (search stays lexical). */
    PassageIndex ready() {
        return ready && !closing ? index : null;
    }

    private void unavailable(String why) {
        LOG.warn(why);
        tell(new VectorStatus(VectorStatus.Phase.UNAVAILABLE, 0, 0, why));
    }

    private void tell(VectorStatus status) {
        try {
            listener.accept(status);
        } catch (RuntimeException e) {
            LOG.debug("vector status listener failed", e);
        }
    }

    /**
     * Stops building at the next note, waits for it, and closes the index (a complete commit stays on disk); during
     * the compaction, leaves the closing to the compaction's thread and does not wait for the merge
     * ({@link #startCompaction}).
     */
    @Override
    public void close() {
        boolean leftToCompaction;
        synchronized (compactionLock) {
            closing = true;
            leftToCompaction = compacting; // that thread closes the index when the merge ends: no waiting for it
            closeWhenCompacted = leftToCompaction;
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("semantic vectors: the builder did not stop in {} s", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        PassageIndex now = index;
        index = null;
        if (leftToCompaction) {
            LOG.info("semantic vectors: closed while their segments are merged; the merge finishes behind or ends with"
                    + " the process (their last commit stays)");
            return;
        }
        closeIndex(now);
    }

    /** Closes the index (if any) and tells that the vectors stopped. */
    private void closeIndex(PassageIndex now) {
        if (now != null) {
            try {
                now.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("semantic vectors not closed cleanly: {}", e.toString());
            }
        }
        tell(VectorStatus.of(VectorStatus.Phase.STOPPED));
    }
}
