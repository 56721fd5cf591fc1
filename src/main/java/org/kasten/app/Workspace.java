package org.kasten.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.Ghost;
import org.kasten.note.Mention;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.RelatedNote;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;
import org.kasten.note.SearchResults;
import org.kasten.note.VaultChange;
import org.kasten.note.Warning;
import org.kasten.search.AnchorText;
import org.kasten.search.IndexLocation;
import org.kasten.search.IndexReport;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;
import org.kasten.vault.VaultScanner;
import org.kasten.vault.VaultWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one facade over a vault: load, look up, resolve, search, render, watch. The command line and the
 * UI's view models call only this; it wires the vault, graph, search and render packages.
 */
public final class Workspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final Path root;
    private volatile LoadedVault vault;
    private volatile ConceptGraph graph;
    private final WorkspacePages pages;

    private final Progress progress;
    /** Started on first use, so commands that never search (check, show, render) never index. */
    private WorkspaceIndex index;
    private final List<Consumer<VaultChange>> changeListeners = new CopyOnWriteArrayList<>();
    private VaultWatcher watcher;
    /** Done once every note is read: at once, except for a workspace opened by {@link #openProgressively}. */
    private final CompletableFuture<Void> loaded;
    private final CountDownLatch goAhead = new CountDownLatch(1);

    private Workspace(Path root, LoadedVault vault, ConceptGraph graph, Progress progress, boolean complete) {
        this.root = root;
        this.vault = vault;
        this.graph = graph;
        this.progress = progress;
        this.pages = new WorkspacePages(root);
        this.loaded = complete ? CompletableFuture.completedFuture(null) : new CompletableFuture<>();
    }

    /** The search index, opened and brought up to date in the background on first use (after every note is read). */
    private WorkspaceIndex index() {
        loaded.join();
        return startedIndex();
    }

    private synchronized WorkspaceIndex startedIndex() {
        if (index == null) {
            index = new WorkspaceIndex(root, graph.notes(), this::backlinkCount, path -> graph.note(path).orElse(null),
                    path -> AnchorText.of(graph, path), progress);
        }
        return index;
    }

    /** Loads the vault at {@code folder}; a folder that is missing or unreadable gives a one-line message. */
    public static Workspace open(Path folder, Progress progress) throws VaultException {
        Path root = VaultFolders.readable(folder);
        StartupTimer.markOnce("vault-load-started");
        List<CompletableFuture<Void>> cacheWritten = new ArrayList<>(1);
        LoadedVault loaded = VaultFolders.read(folder, () -> new VaultLoader().load(root, VaultFolders.parseCache(root), progress,
                write -> cacheWritten.add(CompletableFuture.runAsync(write, Workspace::cacheWriter))));
        StartupTimer.markOnce("notes-read");
        ConceptGraph graph = ConceptGraph.build(loaded.notes(), loaded.attachments()); // while the parse cache is written
        cacheWritten.forEach(CompletableFuture::join);
        StartupTimer.markOnce("graph-built");
        return new Workspace(loaded.root(), loaded, graph, progress, true);
    }

    /** Runs the parse cache's writing on a thread of its own (the common pool may be busy or have none). */
    private static void cacheWriter(Runnable write) {
        Thread thread = new Thread(write, "kasten-cache-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Opens a large vault so that one note can be read at once: the files are listed, every note is known by
     * its file name, the note {@code firstNote} picks (from that workspace) is read, and the workspace is
     * returned while the rest is read in the background; then the full graph replaces the provisional one and
     * {@link #whenLoaded} callbacks run. Search waits for the full graph. Small vaults are opened whole as by
     * {@link #open}. (A parse cache does not change this: reading it and linking 10,000 notes still takes ~2 s
     * in a fresh JVM.) The rest is read once {@link #readTheRest} is
     * called (when the window has shown the first note: on two cores reading would starve the window) or after
     * {@link #HOLD_BACK} at the latest.
     */
    public static Workspace openProgressively(Path folder, Progress progress,
                                              Function<Workspace, Optional<NotePath>> firstNote) throws VaultException {
        return openProgressively(folder, progress, firstNote, PROGRESSIVE_FROM_NOTES, HOLD_BACK, task -> {
            Thread reader = new Thread(task, "kasten-loader");
            reader.setDaemon(true);
            reader.start();
        });
    }

    /**
     * As {@link #openProgressively(Path, Progress, Function)}, from {@code fromNotes} notes, reading on
     * {@code reader} after {@link #readTheRest} or {@code holdBack}.
     */
    static Workspace openProgressively(Path folder, Progress progress, Function<Workspace, Optional<NotePath>> firstNote,
                                       int fromNotes, Duration holdBack, Executor reader) throws VaultException {
        Path root = VaultFolders.readable(folder);
        Path real = VaultFolders.read(folder, root::toRealPath);
        VaultScanner.Scan scan = VaultFolders.read(folder, () -> new VaultLoader().scan(real));
        if (scan.notes().size() < fromNotes) {
            return open(folder, progress); // small: the whole load is quick
        }
        StartupTimer.markOnce("vault-scanned");
        List<Note> stubs = scan.notes().stream().map(p -> VaultLoader.stub(p, scan.stamps().get(p))).toList();
        Workspace ws = new Workspace(real, new LoadedVault(real, stubs, scan.attachments(), List.of(), 0),
                ConceptGraph.build(stubs, scan.attachments()), progress, false);
        StartupTimer.markOnce("names-known");
        firstNote.apply(ws).map(p -> new VaultLoader().loadOne(real, p).note()).ifPresent(n -> ws.graph = ws.graph.withNote(n));
        StartupTimer.markOnce("first-note-read");
        reader.execute(() -> {
            try {
                ws.goAhead.await(holdBack.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ws.readEverything();
        });
        return ws;
    }

    /** Below this many notes a full load is quick enough (and one page load fewer) to wait for. */
    static final int PROGRESSIVE_FROM_NOTES = 1000;
    /** The longest a progressive open waits for {@link #readTheRest} before reading the rest anyway. */
    static final Duration HOLD_BACK = Duration.ofSeconds(4);

    /** A progressively opened workspace may now read the rest of its notes (the first one is on screen). */
    public void readTheRest() {
        goAhead.countDown();
    }

    private void readEverything() {
        try { // lists the files again: the first listing may be seconds old by now
            LoadedVault full = new VaultLoader().load(root, VaultFolders.parseCache(root), progress);
            ConceptGraph fullGraph = ConceptGraph.build(full.notes(), full.attachments());
            synchronized (this) {
                vault = full;
                graph = fullGraph;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("the notes of {} could not all be read: {}", root, e.toString());
        } finally {
            loaded.complete(null);
        }
    }

    /** True once every note is read (always, except shortly after {@link #openProgressively}). */
    public boolean isLoaded() {
        return loaded.isDone();
    }

    /** Runs {@code action} once every note is read: at once if they are, else on the reading thread. */
    public void whenLoaded(Runnable action) {
        loaded.thenRun(action);
    }

    /** The vault folder (absolute). */
    public Path root() {
        return root;
    }

    /** All notes, sorted by path. */
    public List<Note> notes() {
        return graph.notes();
    }

    /** The vault's non-note files. */
    public List<NotePath> attachments() {
        return graph.attachments();
    }

    /** The note at this path. */
    public Optional<Note> note(NotePath path) {
        return graph.note(path);
    }

    /** A note by vault-relative path, file name, title or alias. */
    public Optional<Note> find(String pathTitleOrAlias) {
        return graph.find(pathTitleOrAlias);
    }

    /** Where a link target written in {@code from} leads. */
    public Resolution resolve(String target, NotePath from) {
        return graph.resolve(target, from);
    }

    /** The note's links, resolved, in order. */
    public List<ResolvedLink> outgoing(NotePath path) {
        return graph.outgoing(path);
    }

    /** Links that lead to this note. */
    public List<ResolvedLink> backlinks(NotePath path) {
        return graph.backlinks(path);
    }

    /** The note's "See also" entries, resolved. */
    public List<ResolvedLink> seeAlso(NotePath path) {
        return graph.seeAlso(path);
    }

    /** Plain-word mentions of this note's title or aliases in other notes. */
    public List<Mention> unlinkedMentions(NotePath path) {
        return graph.unlinkedMentions(path);
    }

    /** All ghost concepts. */
    public List<Ghost> ghosts() {
        return graph.ghosts();
    }

    /** The ghost concept of that name. */
    public Optional<Ghost> ghost(String name) {
        return graph.ghost(name);
    }

    /** Links to files missing from the vault. */
    public List<Ghost> missingAttachments() {
        return graph.missingAttachments();
    }

    /** Links that matched several notes. */
    public List<ResolvedLink> ambiguousLinks() {
        return graph.ambiguousLinks();
    }

    /** Number of links, and of resolved links. */
    public int linkCount() {
        return graph.linkCount();
    }

    /** Number of links that lead to a note or attachment. */
    public int resolvedCount() {
        return graph.resolvedCount();
    }

    /** Every problem worth showing: file warnings (bad YAML, encodings ...) and resolution warnings. */
    public List<Warning> warnings() {
        return WorkspaceLinks.warnings(vault, graph);
    }

    /** Time the last load took, in milliseconds. */
    public long loadMillis() {
        return vault.millis();
    }

    /** Ranked notes for a query (Kasten's query language), with snippets; waits for the index if needed. */
    public SearchResults search(String query, int limit) throws VaultException {
        return index().searcher().search(query, limit);
    }

    /** As {@link #search(String, int)}, with facet counts (tags, folders, few-valued properties) when asked. */
    public SearchResults search(String query, int limit, boolean facets) throws VaultException {
        return index().searcher().search(query, limit, facets);
    }

    /** The paths of the top {@code limit} notes for a query, without snippets or facets (for filtering). */
    public List<NotePath> matchingPaths(String query, int limit) throws VaultException {
        return index().searcher().search(query, limit, false, false).hits().stream().map(h -> h.path()).toList();
    }

    /** Notes related to this one: similar text, shared link targets, direct links. Empty for an unknown note. */
    public List<RelatedNote> related(NotePath path, int limit) throws VaultException {
        Optional<Note> note = graph.note(path);
        if (note.isEmpty()) {
            return List.of();
        }
        Set<NotePath> out = new HashSet<>();
        graph.outgoing(path).stream().map(r -> r.resolution().path()).filter(Objects::nonNull).forEach(out::add);
        Set<NotePath> in = new HashSet<>();
        graph.backlinks(path).forEach(r -> in.add(r.source()));
        List<NotePath> linked = new ArrayList<>(out);
        linked.addAll(in);
        linked.removeIf(p -> graph.note(p).isEmpty());
        return index().searcher().related(note.get(), limit, linked);
    }

    /**
     * True once the search index holds the vault as loaded (reading notes never waits for it). Asking does not
     * start the index: searching, {@link #related} or {@link #awaitIndex} do.
     */
    public boolean indexReady() {
        WorkspaceIndex started;
        synchronized (this) {
            started = index;
        }
        return loaded.isDone() && started != null && started.ready();
    }

    /** Waits for the background indexing to finish and says what it did (the {@code index} command). */
    public IndexReport awaitIndex() throws VaultException {
        return index().await();
    }

    /** Number of distinct notes linking to {@code path}: concept hubs rank a little higher in search. */
    private int backlinkCount(NotePath path) {
        return (int) graph.backlinks(path).stream().map(ResolvedLink::source).distinct().count();
    }

    /** The page theme for {@link #renderHtml} and {@link #renderGhost}: "light" or "dark". */
    public void setTheme(String name) {
        pages.setTheme(name);
    }

    /** The current page theme: "light" or "dark". */
    public String theme() {
        return pages.theme();
    }

    /**
     * The note's HTML page exactly as the window shows it (and {@code kasten render} prints): safe, offline,
     * with internal links as {@code kasten://note/…}, {@code kasten://ghost/…} and {@code kasten://tag/…} URLs
     * (see {@link org.kasten.note.KastenUrl}). Throws IllegalArgumentException for a path that is no note.
     */
    public String renderHtml(NotePath path) {
        return pages.page(graph, path);
    }

    /** The page of a ghost concept: its name and the notes that link to it, with the linking lines. */
    public String renderGhost(String name) {
        return pages.ghostPage(graph, name);
    }

    /** Calls {@code listener} (on the watcher's thread) after each change on disk has been applied. */
    public void addChangeListener(Consumer<VaultChange> listener) {
        changeListeners.add(listener);
    }

    /**
     * Starts watching the vault folder: changed files are re-read, re-linked and re-indexed, then the change
     * listeners are told. Bursts of events are merged (debounce); lost events mean a full re-read.
     */
    public synchronized void watch() throws VaultException {
        if (watcher == null) {
            try {
                watcher = VaultWatcher.start(root, WATCH_DEBOUNCE, this::apply);
            } catch (IOException e) {
                throw new VaultException("cannot watch " + root + " for changes (" + e.getMessage() + ")", e);
            }
        }
    }

    private static final java.time.Duration WATCH_DEBOUNCE = java.time.Duration.ofMillis(150);

    /**
     * Applies one batch from the watcher: re-reads changed notes (or everything), updates graph and index.
     * Package-private so tests can apply a batch the watcher would send (e.g. a rescan after an overflow).
     */
    void apply(VaultWatcher.Batch batch) {
        loaded.join(); // changes apply to the full graph
        applyNow(batch);
    }

    private synchronized void applyNow(VaultWatcher.Batch batch) {
        try {
            if (batch.rescan()) {
                LoadedVault loaded = new VaultLoader().load(root, VaultFolders.parseCache(root), Progress.NONE);
                vault = loaded;
                graph = ConceptGraph.build(loaded.notes(), loaded.attachments());
                index().sync(graph.notes());
                notifyChange(new VaultChange(Set.of(), Set.of(), true));
                return;
            }
            ChangedNotes result = ChangedNotes.read(root, graph, batch.paths());
            graph = result.graph();
            for (NotePath path : result.removed()) {
                index().delete(path);
            }
            if (!result.reindex().isEmpty()) {
                index().update(result.reindex()); // anchor text read from the graph as it now is
            }
            if (!result.changed().isEmpty() || !result.removed().isEmpty()) {
                notifyChange(new VaultChange(result.changed(), result.removed(), false));
            }
        } catch (IOException | VaultException e) {
            LOG.warn("changes in {} could not be applied: {}", root, e.getMessage());
        }
    }

    private void notifyChange(VaultChange change) {
        for (Consumer<VaultChange> listener : changeListeners) {
            listener.accept(change);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (watcher != null) {
                watcher.close();
                watcher = null;
            }
        }
        WorkspaceIndex started;
        synchronized (this) {
            started = index;
        }
        if (started != null) {
            started.close();
        }
    }
}
