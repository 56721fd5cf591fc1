package org.kasten.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.List;
import java.util.Optional;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.Ghost;
import org.kasten.note.Mention;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.Resolution;
import org.kasten.note.RelatedNote;
import org.kasten.note.ResolvedLink;
import org.kasten.note.SearchResults;
import org.kasten.note.VaultChange;
import org.kasten.note.Warning;
import org.kasten.search.IndexLocation;
import org.kasten.search.IndexReport;
import org.kasten.render.GraphLinkTargets;
import org.kasten.render.NoteRenderer;
import org.kasten.render.Theme;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;
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
    private volatile Rendering rendering;
    private volatile Theme theme = Theme.LIGHT;

    private final Progress progress;
    /** Started on first use, so commands that never search (check, show, render) never index. */
    private WorkspaceIndex index;
    private final List<Consumer<VaultChange>> changeListeners = new CopyOnWriteArrayList<>();
    private VaultWatcher watcher;

    private Workspace(Path root, LoadedVault vault, ConceptGraph graph, Progress progress) {
        this.root = root;
        this.vault = vault;
        this.graph = graph;
        this.progress = progress;
    }

    /** The search index, opened and brought up to date in the background on first use. */
    private synchronized WorkspaceIndex index() {
        if (index == null) {
            index = new WorkspaceIndex(root, graph.notes(), this::backlinkCount, path -> graph.note(path).orElse(null), progress);
        }
        return index;
    }

    /** Loads the vault at {@code folder}; a folder that is missing or unreadable gives a one-line message. */
    public static Workspace open(Path folder, Progress progress) throws VaultException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            throw new VaultException("vault not found: " + folder);
        }
        if (!Files.isDirectory(root)) {
            throw new VaultException("not a folder: " + folder);
        }
        if (!Files.isReadable(root)) {
            throw new VaultException("vault cannot be read (permission denied): " + folder);
        }
        try {
            LoadedVault loaded = new VaultLoader().load(root, parseCache(root), progress);
            ConceptGraph graph = ConceptGraph.build(loaded.notes(), loaded.attachments());
            return new Workspace(loaded.root(), loaded, graph, progress);
        } catch (NoSuchFileException e) {
            throw new VaultException("vault not found: " + folder, e);
        } catch (IOException e) {
            throw new VaultException("vault cannot be read: " + folder + " (" + e.getMessage() + ")", e);
        }
    }

    /** The parse cache of a vault: beside its search index, outside the vault (DESIGN.md). */
    private static Path parseCache(Path root) {
        Path index = IndexLocation.forVault(root);
        return index.resolveSibling(index.getFileName() + ".notes");
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
        List<Warning> all = new ArrayList<>(vault.warnings());
        all.addAll(graph.warnings());
        all.sort(Comparator.comparing(Warning::path).thenComparingInt(Warning::line));
        return all;
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

    /** True once the search index holds the vault as loaded (reading notes never waits for it). */
    public boolean indexReady() {
        return index().ready();
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
        this.theme = Theme.named(name);
    }

    /** The current page theme: "light" or "dark". */
    public String theme() {
        return theme.id();
    }

    /**
     * The note's HTML page exactly as the window shows it (and {@code kasten render} prints): safe, offline,
     * with internal links as {@code kasten://note/…}, {@code kasten://ghost/…} and {@code kasten://tag/…} URLs
     * (see {@link org.kasten.note.KastenUrl}). Throws IllegalArgumentException for a path that is no note.
     */
    public String renderHtml(NotePath path) {
        Note note = graph.note(path).orElseThrow(() -> new IllegalArgumentException("no note " + path));
        return renderer().renderPage(note, theme);
    }

    /** The page of a ghost concept: its name and the notes that link to it, with the linking lines. */
    public String renderGhost(String name) {
        List<ResolvedLink> backlinks = graph.ghost(name).map(Ghost::backlinks).orElse(List.of());
        return renderer().renderGhostPage(name, backlinks, theme);
    }

    /** The renderer over the current graph; rebuilt when the graph is replaced. */
    private NoteRenderer renderer() {
        ConceptGraph current = graph;
        Rendering cached = rendering;
        if (cached == null || cached.graph() != current) {
            cached = new Rendering(current, new NoteRenderer(new GraphLinkTargets(current, root)));
            rendering = cached;
        }
        return cached.renderer();
    }

    private record Rendering(ConceptGraph graph, NoteRenderer renderer) {
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

    /** Applies one batch from the watcher: re-reads changed notes (or everything), updates graph and index. */
    private synchronized void apply(VaultWatcher.Batch batch) {
        try {
            if (batch.rescan()) {
                LoadedVault loaded = new VaultLoader().load(root, parseCache(root), Progress.NONE);
                vault = loaded;
                graph = ConceptGraph.build(loaded.notes(), loaded.attachments());
                index().sync(graph.notes());
                notifyChange(new VaultChange(Set.of(), Set.of(), true));
                return;
            }
            Set<NotePath> changed = new HashSet<>();
            Set<NotePath> removed = new HashSet<>();
            VaultLoader loader = new VaultLoader();
            for (NotePath path : batch.paths()) {
                Optional<Note> old = graph.note(path);
                Note note = Files.isRegularFile(root.resolve(path.value())) ? loader.loadOne(root, path).note() : null;
                if (note == null) {
                    if (old.isPresent()) {
                        graph = graph.withoutNote(path);
                        index().delete(path);
                        removed.add(path);
                    }
                } else if (old.isEmpty() || old.get().size() != note.size() || old.get().modified() != note.modified()
                        || !Objects.equals(old.get().hash(), note.hash())) {
                    graph = graph.withNote(note);
                    index().update(note);
                    changed.add(path);
                }
            }
            if (!changed.isEmpty() || !removed.isEmpty()) {
                notifyChange(new VaultChange(changed, removed, false));
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
