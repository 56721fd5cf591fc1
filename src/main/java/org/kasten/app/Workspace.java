package org.kasten.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import org.kasten.note.IndexReport;
import org.kasten.note.NoteGraph;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.RelatedNote;
import org.kasten.note.SearchResults;
import org.kasten.note.VaultChange;
import org.kasten.note.Warning;

/**
 * An opened vault: the one facade the command line and the window's view models use. Lookups go to
 * {@link #graph()}, the vault's link graph as it is now; search, related notes, pages and the following of changes
 * on disk are here. Every method may be called from a worker thread. Opened by {@link #open} or
 * {@link #openProgressively}; the parts behind it are {@link WorkspaceOpening} (the open sequence),
 * {@link WorkspaceIndex} (the search index's life cycle), {@link DiskChanges} (applying changes on disk) and
 * {@link WorkspacePages} (rendering).
 */
public interface Workspace extends AutoCloseable {

    /** Loads the vault at {@code folder}; a folder that is missing or unreadable gives a one-line message. */
    static Workspace open(Path folder, Progress progress) throws VaultException {
        return WorkspaceOpening.open(folder, progress);
    }

    /**
     * Opens a vault so that one note can be read at once: a large vault is returned with the note
     * {@code firstNote} picks already read and the others still being read ({@link #isLoaded()} false until
     * then); a small one is opened whole, as by {@link #open}.
     */
    static Workspace openProgressively(Path folder, Progress progress,
                                       Function<Workspace, Optional<NotePath>> firstNote) throws VaultException {
        return WorkspaceOpening.openProgressively(folder, progress, firstNote);
    }

    /** The vault folder (absolute). */
    Path root();

    /** The vault's notes and links as they are now; a change on disk gives a new graph, this one stays as it is. */
    NoteGraph graph();

    /** Every problem worth showing: file warnings (bad YAML, encodings ...) and link warnings, by path and line. */
    List<Warning> warnings();

    /** Time the last full load took, in milliseconds. */
    long loadMillis();

    /** False while a vault opened progressively is still being read (its notes are known by name only). */
    boolean isLoaded();

    /** A vault opened progressively may now read the rest of its notes: the first one is on screen. */
    void readTheRest();

    /** Runs {@code action} once every note is read: at once if they are, else later on the reading thread. */
    void whenLoaded(Runnable action);

    /**
     * Ranked notes for a query (Kasten's query language) with snippets, and facet counts (tags, folders,
     * few-valued properties) when asked; waits for the index. A refused query is a
     * {@link org.kasten.note.QueryRefusedException}; an index that cannot be built a VaultException.
     */
    SearchResults search(String query, int limit, boolean facets) throws VaultException;

    /** As {@link #search(String, int, boolean)} without facets. */
    default SearchResults search(String query, int limit) throws VaultException {
        return search(query, limit, false);
    }

    /**
     * As {@link #search(String, int, boolean)}, fused with the notes nearest in meaning once the vectors started
     * by {@link #startVectors} are ready (hybrid search, {@link org.kasten.search.HybridSearch}); lexical before
     * then, or when they were never started. Says which mode answered.
     */
    default SearchAnswer searchHybrid(String query, int limit, boolean facets) throws VaultException {
        // every word match's snippet: a hybrid search asks more word matches than it returns, and the blend may
        // move a later one up
        return searchHybrid(query, limit, facets, Integer.MAX_VALUE);
    }

    /**
     * As {@link #searchHybrid(String, int, boolean)}, with the word matches' snippets made for the first
     * {@code snippets} word matches only: a later word match's snippet is null until {@link #snippets} makes it
     * (the window shows a screenful of its 200 hits). The hits and their order are the same.
     */
    SearchAnswer searchHybrid(String query, int limit, boolean facets, int snippets) throws VaultException;

    /**
     * The snippets a search for {@code query} gives these notes (in the order asked; "" for a note not indexed):
     * for the hits whose snippets {@link #searchHybrid(String, int, boolean, int)} left unmade. {@code query} is
     * the one that answered: the results' {@code shownQuery} when a corrected one was used.
     */
    List<String> snippets(String query, List<NotePath> paths) throws VaultException;

    /**
     * Starts keeping the vault's semantic vectors current in the background, on a low-priority thread: the model
     * is loaded, new and changed notes are embedded, later changes on disk follow. Call once the search index is
     * ready ({@link #indexReady()}); {@code status} hears {@code STARTING} at once, then each step on the builder's thread. The window starts
     * them; commands build theirs in {@code kasten index}. Does nothing when already started.
     */
    void startVectors(SemanticModel model, Consumer<VectorStatus> status);

    /** Stops the vectors (the setting was turned off): searches and related notes go by words again. */
    void stopVectors();

    /** The paths of the top {@code limit} notes for a query, without snippets or facets (for filtering). */
    List<NotePath> matchingPaths(String query, int limit) throws VaultException;

    /**
     * Notes related to this one (similar text, shared link targets, direct links, and similar passages once the
     * vectors are ready), best first, each with the reason it is related; empty for no note.
     */
    List<RelatedNote> related(NotePath path, int limit) throws VaultException;

    /**
     * True once the search index holds the vault as loaded (reading notes never waits for it). Asking does not
     * start the index: searching, {@link #related} or {@link #awaitIndex} do.
     */
    boolean indexReady();

    /** Waits for the background indexing to finish and says what it did (the {@code index} command). */
    IndexReport awaitIndex() throws VaultException;

    /**
     * Searches the vault a few times so that the user's first search finds the search code compiled
     * ({@link SearchWarmUp}); stops when {@code stop} says so. Waits for the index; never throws.
     */
    default void warmUpSearch(BooleanSupplier stop) {
        SearchWarmUp.run(this, stop);
    }

    /**
     * The Mermaid library a page with diagrams runs but does not hold: the window hands it in through its page
     * bridge ({@code window.kasten.mermaidLibrary()}, see {@link #renderHtml}).
     */
    static String mermaidLibrary() {
        return org.kasten.render.NoteRenderer.mermaidLibrary();
    }

    /** {@code page} of {@link #renderHtml} with the Mermaid library put in, to be shown without the window. */
    static String standalone(String page) {
        return org.kasten.render.NoteRenderer.standalone(page);
    }

    /**
     * The note's HTML page exactly as the window loads it ({@code kasten render} prints it with the Mermaid library
     * put in, {@link #standalone}): safe, offline,
     * with internal links as {@code kasten://note/…}, {@code kasten://ghost/…} and {@code kasten://tag/…} URLs
     * (see {@link org.kasten.note.KastenUrl}). Throws IllegalArgumentException for a path that is no note.
     */
    String renderHtml(NotePath path);

    /** The page of a ghost concept: its name and the notes that link to it, with the linking lines. */
    String renderGhost(String name);

    /** The theme of pages rendered from now on: "light" or "dark"; IllegalArgumentException for another name. */
    void setTheme(String name);

    /**
     * Starts following changes on disk: changed files are re-read, re-linked and re-indexed, then {@code changed}
     * is told (on the watcher's thread). Bursts of events are merged; lost events mean a full re-read. Stops
     * when the workspace is closed.
     */
    void watch(Consumer<VaultChange> changed) throws VaultException;

    /**
     * As {@link #watch(Consumer)}, and tells {@code read} (on the watcher's thread, before linking) of notes edited
     * in place as soon as they are read: {@link #graph} then gives their new text, title and headings, and
     * {@link #renderHtml} their new page, while links and backlinks are still those before the edit until
     * {@code changed} is told. A window shows an edited note at once this way. Searches wait meanwhile.
     */
    default void watch(Consumer<VaultChange> changed, Consumer<VaultChange> read) throws VaultException {
        watch(changed);
    }

    /** Stops following changes and closes the search index (waiting for nothing but a clean close). */
    @Override
    void close();
}
