package org.kasten.search;

import java.io.IOException;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.kasten.note.Daemons;

/**
 * When {@link NoteIndex}'s changes become visible to its searches: a single-note change at once (it waits,
 * {@link #await}), anything else (a large sync's merge into one segment) after at most {@link #maxStaleSeconds}.
 * The periodic reopen runs only from the end of the index's first sync ({@link #start}): every reopen flushes
 * the indexing buffers into segments of their own, and during a first sync nobody searches the index (searches
 * wait for that sync, which makes itself visible when it ends), so its reopens only cut a long first build into
 * more segments (the flushing itself is work the build does anyway: docs/performance.md, "Issue 16: cold index,
 * session 16").
 */
final class ChangeVisibility implements AutoCloseable {

    /**
     * Changes nobody waits for are made visible after this long. Every reopen flushes the indexing buffers into
     * new segments, so a short interval cut a large sync into many small segments (slower to write, merge and
     * search). Tests shorten it.
     */
    static volatile double maxStaleSeconds = 60;
    /** How soon a change some thread waits for is made visible. */
    private static final double MIN_STALE_SECONDS = 0.005;

    private final IndexWriter writer;
    private final SearcherManager manager;
    /** The reopen thread, once started; null before the first sync ends, and after closing. */
    private ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private boolean closed;

    ChangeVisibility(IndexWriter writer, SearcherManager manager) {
        this.writer = writer;
        this.manager = manager;
    }

    /** Starts the periodic reopen, if not yet started (the first sync ended, or a change waits). */
    synchronized void start() {
        if (reopener == null && !closed) {
            reopener = new ControlledRealTimeReopenThread<>(writer, manager, maxStaleSeconds, MIN_STALE_SECONDS);
            reopener.setName("kasten-index-reopen");
            reopener.setDaemon(true);
            reopener.start();
        }
    }

    /** Returns once the change of writer sequence number {@code generation} is visible to searches (about 5 ms). */
    void await(long generation) throws IOException {
        ControlledRealTimeReopenThread<IndexSearcher> thread;
        synchronized (this) {
            start();
            thread = reopener;
        }
        try {
            if (thread == null || !thread.waitForGeneration(generation, 100)) {
                manager.maybeRefreshBlocking();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True once the periodic reopen runs (tests). */
    synchronized boolean started() {
        return reopener != null;
    }

    /** Stops the reopen thread; no other starts. */
    @Override
    public synchronized void close() {
        closed = true;
        if (reopener != null) {
            reopener.close();
            reopener = null;
        }
    }
}
