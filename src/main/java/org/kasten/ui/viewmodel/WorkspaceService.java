package org.kasten.ui.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.kasten.note.Ghost;
import org.kasten.note.Mention;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.RelatedNote;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;
import org.kasten.note.SearchResults;
import org.kasten.note.Warning;

/**
 * What the view models need from an opened vault: the slice of {@code app.Workspace} the window uses.
 * {@link WorkspaceAdapter} implements it over the real workspace; tests use an in-memory fake.
 * Every method may be called from a worker thread.
 */
public interface WorkspaceService extends AutoCloseable {

    /** The vault folder (absolute). */
    Path root();

    /** All notes, sorted by path. */
    List<Note> notes();

    /** The note at this path. */
    Optional<Note> note(NotePath path);

    /** A note by vault-relative path, file name, title or alias. */
    Optional<Note> find(String pathTitleOrAlias);

    /** Where a link target written in {@code from} leads. */
    Resolution resolve(String target, NotePath from);

    /** The note's links, resolved, in order. */
    List<ResolvedLink> outgoing(NotePath path);

    /** Links that lead to this note. */
    List<ResolvedLink> backlinks(NotePath path);

    /** The note's "See also" entries, resolved. */
    List<ResolvedLink> seeAlso(NotePath path);

    /** Plain-word mentions of this note's title or aliases in other notes. */
    List<Mention> unlinkedMentions(NotePath path);

    /** The ghost concept of that name. */
    Optional<Ghost> ghost(String name);

    /** Every problem worth showing (file and link warnings). */
    List<Warning> warnings();

    /** Number of links in the vault. */
    int linkCount();

    /** Ranked full-text search with facet counts; a failure is an unchecked exception with a clear message. */
    SearchResults search(String query, int limit);

    /**
     * The paths of the top {@code limit} notes for a query (the search language), for filtering; a refused or
     * failing query is an unchecked exception with a clear message.
     */
    default List<NotePath> matchingPaths(String query, int limit) {
        return search(query, limit).hits().stream().map(h -> h.path()).toList();
    }

    /** The vault's non-note files (images, PDFs ...), sorted. */
    default List<NotePath> attachments() {
        return List.of();
    }

    /** Notes related to this one, best first. */
    List<RelatedNote> related(NotePath path, int limit);

    /** The note's page HTML as the window shows it (a whole document or a body fragment). */
    String renderHtml(NotePath path);

    /** The page of a ghost concept: its name and who links to it. */
    String renderGhost(String name);

    /** Pages rendered from now on use the dark (true) or light theme. */
    void setDarkPages(boolean dark);

    /** True once the search index holds the vault as loaded; notes can be read before. */
    boolean indexReady();

    /**
     * Searches the vault a few times so the user's first search finds the search code compiled; stops when
     * {@code stop} says so. Waits for the index. A no-op where there is nothing to warm.
     */
    default void warmUpSearch(java.util.function.BooleanSupplier stop) {
    }

    /** Blocks until the search index is built. */
    void awaitIndex() throws org.kasten.app.VaultException;

    @Override
    void close();

    /**
     * Follows changes on disk: the workspace re-reads changed notes itself and then calls {@code changed}
     * (on a watcher thread). Stops when the workspace is closed.
     */
    void watch(Runnable changed) throws org.kasten.app.VaultException;

    /** False while a large vault opened progressively is still being read (notes are known by name only). */
    default boolean isLoaded() {
        return true;
    }

    /** A vault opened progressively may now read the rest of its notes: the window shows the first one. */
    default void readTheRest() {
    }

    /** Runs {@code action} once every note is read: at once if they are, else later on a background thread. */
    default void whenLoaded(Runnable action) {
        action.run();
    }
}
