package org.kasten.app;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.Daemons;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.VaultChange;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;
import org.kasten.vault.VaultWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a workspace's folder: each batch of changed files from the {@link VaultWatcher} is re-read
 * ({@link ChangedNotes}); notes edited in place are shown first ({@link ConceptGraph#showing}: the new texts over
 * the graph as it was) and the {@code read} listeners told, then the graph is updated and replaced and the
 * listeners told, so a window shows the new text at once, and the index is updated after. Searches wait while the batch is written to the index
 * ({@link WorkspaceIndex#holdSearches}), so none answers from the index as it was before the change. A batch that
 * lost track of events (a rescan) re-reads the whole vault, and the listeners are told when it is indexed.
 */
final class DiskChanges implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiskChanges.class);
    /** Events this close together are one batch (an editor's save is several). */
    private static final Duration DEBOUNCE = Duration.ofMillis(150);

    private final OpenWorkspace workspace;
    private final List<Consumer<VaultChange>> listeners = new CopyOnWriteArrayList<>();
    /** Told when edited notes are read, before they are linked (see {@link Workspace#watch(Consumer, Consumer)}). */
    private final List<Consumer<VaultChange>> readListeners = new CopyOnWriteArrayList<>();
    private VaultWatcher watcher;
    /** Set by {@link #close}: a watch asked for afterwards (a window's late start) starts nothing. */
    private boolean closed;

    DiskChanges(OpenWorkspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Tells {@code listener} of each applied change from now on, and {@code read} (null: none) of notes edited in
     * place as soon as they are read, and starts watching, once, unless closed.
     */
    synchronized void watch(Consumer<VaultChange> listener, Consumer<VaultChange> read) throws VaultException {
        listen(listener);
        if (read != null) {
            readListeners.add(read);
        }
        if (watcher == null && !closed) {
            try {
                watcher = VaultWatcher.start(workspace.root(), DEBOUNCE, this::apply);
                workspace.whenLoaded(this::prepareEdits);
            } catch (IOException e) {
                throw new VaultException("cannot watch " + workspace.root() + " for changes (" + e.getMessage() + ")", e);
            }
        }
    }

    /** Readies the loaded graph for the first edit, on a thread of its own (not the one that finished loading). */
    private void prepareEdits() {
        Daemons.start("kasten-edit-prep", () -> workspace.state().graph().prepareEdits());
    }

    /** Tells {@code listener} of each applied change from now on, without starting to watch. */
    void listen(Consumer<VaultChange> listener) {
        listeners.add(listener);
    }

    /** Applies one batch from the watcher: re-reads changed notes (or everything), updates graph and index. */
    void apply(VaultWatcher.Batch batch) {
        workspace.awaitLoaded(); // changes apply to the full graph
        applyNow(batch);
    }

    private synchronized void applyNow(VaultWatcher.Batch batch) {
        try {
            if (batch.rescan()) {
                LoadedVault loaded = new VaultLoader().load(workspace.root(), VaultFolders.parseCache(workspace.root()), Progress.NONE);
                ConceptGraph graph = ConceptGraph.build(loaded.notes(), loaded.attachments());
                workspace.replace(new OpenWorkspace.State(loaded, graph));
                workspace.index().sync(graph);
                WorkspaceVectors vectors = workspace.startedVectors();
                if (vectors != null) {
                    vectors.sync(() -> workspace.state().graph().notes());
                }
                tell(new VaultChange(Set.of(), Set.of(), true));
                return;
            }
            OpenWorkspace.State before = workspace.state();
            Map<NotePath, Note> read = ChangedNotes.reread(workspace.root(), batch.paths());
            List<Note> edited = readListeners.isEmpty() ? List.of() : ChangedNotes.edited(before.graph(), read);
            workspace.index().holdSearches();
            try {
                ChangedNotes result;
                try {
                    if (!edited.isEmpty()) { // shown before linking: at 100,000 notes linking takes a while
                        workspace.replace(new OpenWorkspace.State(before.vault(), before.graph().showing(edited)));
                        VaultChange shown = new VaultChange(edited.stream().map(Note::path).collect(Collectors.toSet()),
                                Set.of(), false);
                        readListeners.forEach(listener -> listener.accept(shown));
                    }
                    result = ChangedNotes.apply(before.graph(), read);
                } catch (RuntimeException e) {
                    workspace.replace(before); // never left with the graph shown first: it is not to be edited
                    if (!edited.isEmpty()) { // the window showed the notes as read: back to the graph as it is
                        tell(new VaultChange(Set.of(), Set.of(), true));
                    }
                    throw e;
                }
                boolean any = !result.changed().isEmpty() || !result.removed().isEmpty();
                workspace.replace(new OpenWorkspace.State(before.vault(), result.graph()));
                WorkspaceVectors vectors = workspace.startedVectors();
                if (vectors != null && any) {
                    // only the changed files' own passages: anchor text does not go into the vectors
                    vectors.changed(result.changed().stream().map(p -> result.graph().note(p).orElse(null))
                            .filter(java.util.Objects::nonNull).toList(), result.removed());
                }
                if (any) { // told before indexing: a window shows the new text while the index catches up
                    tell(new VaultChange(result.changed(), result.removed(), false));
                }
                for (NotePath path : result.removed()) {
                    workspace.index().delete(path);
                }
                if (!result.reindex().isEmpty()) {
                    workspace.index().update(result.graph(), result.reindex()); // anchor text as the graph now gives it
                }
            } finally {
                workspace.index().releaseSearches();
            }
        } catch (IOException | VaultException e) {
            LOG.warn("changes in {} could not be applied: {}", workspace.root(), e.getMessage());
        }
    }

    private void tell(VaultChange change) {
        for (Consumer<VaultChange> listener : listeners) {
            listener.accept(change);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }
}
