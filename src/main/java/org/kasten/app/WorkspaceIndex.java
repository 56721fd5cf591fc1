package org.kasten.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.Daemons;
import org.kasten.note.IndexReport;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.search.IndexLocation;
import org.kasten.search.IndexedNote;
import org.kasten.search.NoteIndex;
import org.kasten.search.NoteSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life cycle of a workspace's search index: opened and brought up to date on a background thread once the
 * vault is loaded, so notes can be read before indexing finishes (searches wait for it); kept in line with the
 * notes as they change on disk; closed with the workspace. This is the place for work that follows the index
 * (it is started here, on the indexer thread, and stopped by {@link #close}).
 */
final class WorkspaceIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceIndex.class);

    private final CompletableFuture<NoteIndex> opened;
    private final CompletableFuture<IndexReport> report;
    private volatile boolean closing;
    /** Held (write) while a batch of changes on disk is told but not yet indexed: searches wait for it. */
    private final ReentrantReadWriteLock changes = new ReentrantReadWriteLock();

    private WorkspaceIndex(Path root, ConceptGraph graph, Function<NotePath, Note> loaded, Progress progress) {
        opened = CompletableFuture.supplyAsync(() -> {
            NoteIndex index;
            try {
                index = IndexLocation.writable(LOG::warn) ? NoteIndex.open(IndexLocation.forVault(root)) : NoteIndex.inMemory();
            } catch (IOException e) {
                LOG.warn("search index could not be opened, using a temporary one: {}", e.toString());
                index = NoteIndex.inMemory();
            }
            index.searcher().setNotes(loaded);
            return index;
        }, WorkspaceIndex::daemon);
        report = opened.thenApplyAsync(index -> {
            try {
                IndexReport done = index.sync(IndexedNote.all(graph), progress, () -> closing);
                done.warnings().forEach(LOG::warn); // said once, by whichever command or window indexed
                return done;
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, WorkspaceIndex::daemon);
    }

    /**
     * Starts opening the index of the vault at {@code root} and indexing the notes of {@code graph} in the
     * background; {@code loaded} gives the loaded note of a path as it is now, whose text snippets read when it
     * is the version indexed (quicker than the stored copy).
     */
    static WorkspaceIndex start(Path root, ConceptGraph graph, Function<NotePath, Note> loaded, Progress progress) {
        return new WorkspaceIndex(root, graph, loaded, progress);
    }

    private static void daemon(Runnable task) {
        Daemons.start("kasten-indexer", task);
    }

    /** True once the index holds the vault as loaded. */
    boolean ready() {
        return report.isDone() && !report.isCompletedExceptionally();
    }

    /** Waits for indexing to finish and says what it did. */
    IndexReport await() throws VaultException {
        try {
            return report.join();
        } catch (CompletionException e) {
            throw new VaultException("the search index cannot be built (" + e.getCause().getMessage() + ")", e.getCause());
        }
    }

    /** The searcher, once the index is ready and holds every change told so far ({@link #holdSearches}). */
    NoteSearcher searcher() throws VaultException {
        await();
        changes.readLock().lock(); // waits while a told change is being indexed (not on the thread indexing it)
        changes.readLock().unlock();
        return opened.join().searcher();
    }

    /**
     * From now until {@link #releaseSearches} (on the same thread) searches wait: a change can be shown before
     * it is indexed, and a search asked meanwhile still finds it.
     */
    void holdSearches() {
        changes.writeLock().lock();
    }

    /** Lets the searches held by {@link #holdSearches} go on. */
    void releaseSearches() {
        changes.writeLock().unlock();
    }

    /** Brings the index in line with a re-read vault (after the watcher lost track). */
    void sync(ConceptGraph graph) throws VaultException, IOException {
        await();
        opened.join().sync(IndexedNote.all(graph), Progress.NONE, () -> closing);
    }

    /** Re-indexes {@code notes} of {@code graph} (changed files, and notes whose anchor text changed). */
    void update(ConceptGraph graph, Collection<Note> notes) throws VaultException, IOException {
        await();
        opened.join().update(IndexedNote.of(graph, notes));
    }

    /** Removes one note (after the initial indexing). */
    void delete(NotePath path) throws VaultException, IOException {
        await();
        opened.join().delete(path);
    }

    @Override
    public void close() {
        closing = true;
        try {
            report.exceptionally(e -> null).join();
            opened.join().close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index not closed cleanly: {}", e.toString());
        }
    }
}
