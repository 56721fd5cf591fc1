package org.kasten.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.search.IndexLocation;
import org.kasten.search.IndexReport;
import org.kasten.search.NoteIndex;
import org.kasten.search.NoteSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Workspace's search index: opened and brought up to date on a background thread after the vault is
 * loaded, so notes can be read before indexing finishes; searches wait for it. Closed with the Workspace.
 */
final class WorkspaceIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceIndex.class);

    private final CompletableFuture<NoteIndex> opened;
    private final CompletableFuture<IndexReport> report;
    private volatile boolean closing;

    /**
     * Starts opening the index of the vault at {@code root} and indexing {@code notes} in the background;
     * {@code loaded} gives the current loaded note of a path, whose text the snippets read, and {@code anchors}
     * the current anchor text of a note (what other notes' links call it).
     */
    WorkspaceIndex(Path root, Collection<Note> notes, ToIntFunction<NotePath> backlinks, Function<NotePath, Note> loaded,
                   Function<NotePath, String> anchors, Progress progress) {
        List<Note> snapshot = List.copyOf(notes);
        opened = CompletableFuture.supplyAsync(() -> {
            NoteIndex index;
            try {
                index = IndexLocation.writable(LOG::warn) ? NoteIndex.open(IndexLocation.forVault(root)) : NoteIndex.inMemory();
            } catch (IOException e) {
                LOG.warn("search index could not be opened, using a temporary one: {}", e.toString());
                index = NoteIndex.inMemory();
            }
            index.searcher().setNotes(loaded);
            index.setAnchors(anchors);
            index.setBacklinks(backlinks); // kept in the index, where the searcher reads them (as a snapshot does)
            return index;
        }, WorkspaceIndex::daemon);
        report = opened.thenApplyAsync(index -> {
            try {
                IndexReport done = index.sync(snapshot, progress, () -> closing);
                done.warnings().forEach(LOG::warn); // said once, by whichever command or window indexed
                return done;
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, WorkspaceIndex::daemon);
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "kasten-indexer");
        thread.setDaemon(true);
        thread.start();
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

    /** The searcher, once the index is ready. */
    NoteSearcher searcher() throws VaultException {
        await();
        return opened.join().searcher();
    }

    /** Brings the index in line with a re-read vault (after the watcher lost track). */
    void sync(Collection<Note> notes) throws VaultException, IOException {
        await();
        opened.join().sync(notes, Progress.NONE, () -> closing);
    }

    /** Applies changed notes (after the initial indexing): changed files and notes whose anchor text changed. */
    void update(Collection<Note> notes) throws VaultException, IOException {
        await();
        opened.join().update(notes);
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
