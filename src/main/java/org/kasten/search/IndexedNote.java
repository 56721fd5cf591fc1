package org.kasten.search;

import java.util.Collection;
import java.util.List;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.Note;
import org.kasten.note.ResolvedLink;

/**
 * A note as the index takes it: the note, what other notes' links call it ({@link AnchorText}) and how many
 * distinct notes link to it (concept hubs rank a little higher, without the vault loaded). Both come from the
 * graph the note is in; the index is given them as values, so it never reads a graph itself.
 *
 * @param note       the note
 * @param anchorText the note's anchor text, one anchor a line; empty when no link names it otherwise
 * @param backlinks  the number of distinct notes linking to it
 */
public record IndexedNote(Note note, String anchorText, int backlinks) {

    /** {@code note} with its anchor text and backlink count in {@code graph}. */
    public static IndexedNote of(ConceptGraph graph, Note note) {
        int linking = (int) graph.backlinks(note.path()).stream().map(ResolvedLink::source).distinct().count();
        return new IndexedNote(note, AnchorText.of(graph, note.path()), linking);
    }

    /** Every note of {@code graph}, as {@link #of} (computed in parallel: an index sync reads them all). */
    public static List<IndexedNote> all(ConceptGraph graph) {
        return of(graph, graph.notes());
    }

    /** {@code notes} of {@code graph}, as {@link #of}. */
    public static List<IndexedNote> of(ConceptGraph graph, Collection<Note> notes) {
        return notes.parallelStream().map(n -> of(graph, n)).toList();
    }

    /** Notes that no other note links to (no anchor text, no backlinks): an index of files without a graph. */
    public static List<IndexedNote> unlinked(Collection<Note> notes) {
        return notes.stream().map(n -> new IndexedNote(n, "", 0)).toList();
    }
}
