package org.kasten.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.IndexReport;
import org.kasten.note.NoteGraph;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.RelatedNote;
import org.kasten.note.SearchResults;
import org.kasten.note.VaultChange;
import org.kasten.note.Warning;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultWatcher;

/**
 * The {@link Workspace} of a vault opened by {@link WorkspaceOpening}: holds the vault as it is now (its loaded
 * files and their graph, replaced together), the life cycles of its search index and semantic vectors, and hands
 * each request to the part whose job it is (searching to {@link WorkspaceSearch}).
 */
final class OpenWorkspace implements Workspace {

    /** The loaded files and the graph built from them; replaced as one when the notes change. */
    record State(LoadedVault vault, ConceptGraph graph) {
    }

    private final Path root;
    private final Progress progress;
    private volatile State state;
    private final WorkspacePages pages;
    private final DiskChanges changes;
    private final WorkspaceSearch search;
    /** Started on first use, so commands that never search (check, show, render) never index. */
    private WorkspaceIndex index;
    /** The semantic vectors, once the window started them ({@link #startVectors}); null otherwise. */
    private WorkspaceVectors vectors;
    /** Done once every note is read: at once, except for a workspace opened progressively. */
    private final CompletableFuture<Void> loaded;
    /** Counted down when a progressive open may read the rest (the window shows the first note). */
    private final Runnable readTheRest;

    /**
     * Done once the parse cache of the first load is written (on a thread of its own, while the index may build);
     * {@link #close} waits for it, so a command's JVM never ends in the middle of writing it.
     */
    private final CompletableFuture<Void> cacheWritten;

    OpenWorkspace(Path root, State state, Progress progress, CompletableFuture<Void> loaded, Runnable readTheRest) {
        this(root, state, progress, loaded, readTheRest, CompletableFuture.completedFuture(null));
    }

    /** As the other constructor, with the parse cache still being written until {@code cacheWritten} is done. */
    OpenWorkspace(Path root, State state, Progress progress, CompletableFuture<Void> loaded, Runnable readTheRest,
                  CompletableFuture<Void> cacheWritten) {
        this.cacheWritten = cacheWritten;
        this.root = root;
        this.state = state;
        this.progress = progress;
        this.loaded = loaded;
        this.readTheRest = readTheRest;
        this.pages = new WorkspacePages(root);
        this.changes = new DiskChanges(this);
        this.search = new WorkspaceSearch(() -> state.graph(), this::index, this::startedVectors);
    }

    /** The vault as it is now. */
    State state() {
        return state;
    }

    /** Replaces the vault as it is now (by the open sequence and the application of changes). */
    void replace(State now) {
        state = now;
    }

    /** The search index, opened and brought up to date in the background on first use, after every note is read. */
    WorkspaceIndex index() {
        loaded.join();
        synchronized (this) {
            if (index == null) {
                index = WorkspaceIndex.start(root, state.graph(), path -> state.graph().note(path).orElse(null), progress);
            }
            return index;
        }
    }

    /** Waits until every note is read (changes apply to the full graph). */
    void awaitLoaded() {
        loaded.join();
    }

    /** Applies one batch the watcher would send (tests apply a rescan after an overflow, without a watcher). */
    void apply(VaultWatcher.Batch batch) {
        changes.apply(batch);
    }

    /** Tells {@code listener} of each change applied from now on, without watching the folder (for tests). */
    void listen(Consumer<VaultChange> listener) {
        changes.listen(listener);
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public NoteGraph graph() {
        return state.graph();
    }

    @Override
    public List<Warning> warnings() {
        State now = state;
        return WorkspaceLinks.warnings(now.vault(), now.graph());
    }

    @Override
    public long loadMillis() {
        return state.vault().millis();
    }

    @Override
    public boolean isLoaded() {
        return loaded.isDone();
    }

    @Override
    public void readTheRest() {
        readTheRest.run();
    }

    @Override
    public void whenLoaded(Runnable action) {
        loaded.thenRun(action);
    }

    @Override
    public SearchResults search(String query, int limit, boolean facets) throws VaultException {
        return search.search(query, limit, facets);
    }

    @Override
    public List<NotePath> matchingPaths(String query, int limit) throws VaultException {
        return search.matchingPaths(query, limit);
    }

    @Override
    public List<RelatedNote> related(NotePath path, int limit) throws VaultException {
        return search.related(path, limit);
    }

    @Override
    public SearchAnswer searchHybrid(String query, int limit, boolean facets, int snippets) throws VaultException {
        return search.searchHybrid(query, limit, facets, snippets);
    }

    @Override
    public List<String> snippets(String query, List<NotePath> paths) throws VaultException {
        return search.snippets(query, paths);
    }

    @Override
    public void startVectors(SemanticModel model, Consumer<VectorStatus> status) {
        synchronized (this) {
            if (vectors != null) {
                return;
            }
            vectors = WorkspaceVectors.start(root, model, () -> state.graph().notes(), status);
        }
    }

    @Override
    public void stopVectors() {
        WorkspaceVectors stopped;
        synchronized (this) {
            stopped = vectors;
            vectors = null;
        }
        if (stopped != null) {
            stopped.close();
        }
    }

    /** The vectors if started. */
    synchronized WorkspaceVectors startedVectors() {
        return vectors;
    }

    @Override
    public boolean indexReady() {
        WorkspaceIndex started;
        synchronized (this) {
            started = index;
        }
        return loaded.isDone() && started != null && started.ready();
    }

    @Override
    public IndexReport awaitIndex() throws VaultException {
        return index().await();
    }

    @Override
    public String renderHtml(NotePath path) {
        return pages.page(state.graph(), path);
    }

    @Override
    public String renderGhost(String name) {
        return pages.ghostPage(state.graph(), name);
    }

    @Override
    public void setTheme(String name) {
        pages.setTheme(name);
    }

    @Override
    public void watch(Consumer<VaultChange> changed) throws VaultException {
        changes.watch(changed, null);
    }

    @Override
    public void watch(Consumer<VaultChange> changed, Consumer<VaultChange> read) throws VaultException {
        changes.watch(changed, read);
    }

    @Override
    public void close() {
        changes.close();
        stopVectors();
        WorkspaceIndex started;
        synchronized (this) {
            started = index;
        }
        if (started != null) {
            started.close();
        }
        try {
            cacheWritten.join();
        } catch (CompletionException | CancellationException e) {
            // the cache is derived data: not written this time, the next open writes it
        }
    }

    /** True once the parse cache of the first load is written (tests). */
    boolean cacheWritten() {
        return cacheWritten.isDone();
    }
}
